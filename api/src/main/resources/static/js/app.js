// Progressive enhancement only: every page works without this file.
(function () {
  // htmx requests carry the CSRF token that forms carry as a hidden field.
  document.addEventListener("htmx:configRequest", function (e) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) e.detail.headers[header.content] = token.content;
  });

  // A picked suggestion replaces the name being typed (names are separated by semicolons).
  document.addEventListener("click", function (e) {
    var b = e.target.closest("button.suggestion");
    if (!b) return;
    var input = document.getElementById(b.dataset.fill);
    var names = input.value.split(";");
    names[names.length - 1] = (names.length > 1 ? " " : "") + b.dataset.value;
    input.value = names.join(";");
    b.closest(".suggestions").innerHTML = "";
    input.focus();
  });

  // A changed drop-down refreshes a filter form listening for "selectchange" (an htmx trigger filter
  // such as change[target.tagName=='SELECT'] needs eval, which the Content-Security-Policy refuses).
  document.addEventListener("change", function (e) {
    if (window.htmx && e.target.tagName === "SELECT" && e.target.form) {
      htmx.trigger(e.target.form, "selectchange");
    }
  });

  // A file over the form's limit is refused before its megabytes are sent (the server refuses it
  // too): the browser then says why, in the page's language, and does not submit the form.
  document.addEventListener("change", function (e) {
    var input = e.target;
    if (input.type !== "file" || !input.dataset.maxBytes) return;
    var file = input.files && input.files[0];
    var tooLarge = file && file.size > Number(input.dataset.maxBytes);
    input.setCustomValidity(tooLarge ? input.dataset.tooLarge : "");
    if (tooLarge) input.reportValidity();
  });

  // The print button (no inline onclick: the Content-Security-Policy allows no inline script).
  document.addEventListener("click", function (e) {
    if (e.target.closest("[data-print]")) window.print();
  });

  // Opening a recommendation: say so to assistive technology, and move focus into the details.
  document.addEventListener("htmx:afterSwap", function (e) {
    var opener = document.querySelector('[aria-controls="' + e.detail.target.id + '"]');
    if (opener) opener.setAttribute("aria-expanded", "true");
    drawCharts(e.detail.target.parentNode || document);
  });

  function drawCharts(root) {
    if (!window.Chart) return;
    root.querySelectorAll("canvas[data-chart]").forEach(function (c) {
      if (c.dataset.drawn) return;
      c.dataset.drawn = "1";
      // One line per addressee group (never one mixed figure); a gap where a group was not assessed.
      var colours = ["#0b57d0", "#b3261e", "#146c2e"];
      var series = JSON.parse(c.dataset.series || "[]");
      new Chart(c, {
        type: "line",
        data: {
          labels: c.dataset.labels.split("|"),
          datasets: series.map(function (s, i) {
            return { label: s.label, data: s.values, borderColor: colours[i % 3],
                     backgroundColor: colours[i % 3], spanGaps: false };
          })
        },
        options: { animation: false, scales: { y: { min: 0, max: 100 } } }
      });
    });
  }
  document.addEventListener("DOMContentLoaded", function () { drawCharts(document); });
})();
