package org.compliance.api.catalogue;

import java.util.ArrayList;
import java.util.List;
import org.compliance.catalogue.Addressee;
import org.compliance.catalogue.RequirementKind;
import org.compliance.catalogue.ReviewOrigin;
import org.compliance.catalogue.ReviewResponse;
import org.compliance.catalogue.Theme;

/**
 * The new-document form as the officer sends it: the document's facts, the pasted operative text
 * and, once previewed, every paragraph with its proposed asks as the officer left them. JavaBeans,
 * because the page binds nested rows by index ({@code paragraphs[2].asks[0].kind}).
 */
public class DocumentDraft {

  private String title;
  private String body = "European Parliament";
  private String adopted;
  private String country = "KZ";
  private String id;
  private String text;
  private String previewed;
  private Integer version;
  private String procedure;
  private List<ParagraphDraft> paragraphs = new ArrayList<>();

  /**
   * One paragraph: kept or not, whom it calls upon, its theme, its asks. In the editor also the id
   * of the recommendation it is (kept across versions; none for a new one), all its themes and its
   * weight.
   */
  public static class ParagraphDraft {
    private String number;
    private String text;
    private boolean keep;
    private Addressee addressee;
    private Theme theme;
    private String recommendationId;
    private List<Theme> themes = new ArrayList<>();
    private Double weight;
    private List<AskDraft> asks = new ArrayList<>();
    // A UN review recommendation's origin, as its sheet row gave it (blank for other documents).
    private String reviewState;
    private Integer reviewCycle;
    private Integer reviewSession;
    private ReviewResponse reviewResponse;

    public String getReviewState() {
      return reviewState;
    }

    public void setReviewState(String reviewState) {
      this.reviewState = reviewState;
    }

    public Integer getReviewCycle() {
      return reviewCycle;
    }

    public void setReviewCycle(Integer reviewCycle) {
      this.reviewCycle = reviewCycle;
    }

    public Integer getReviewSession() {
      return reviewSession;
    }

    public void setReviewSession(Integer reviewSession) {
      this.reviewSession = reviewSession;
    }

    public ReviewResponse getReviewResponse() {
      return reviewResponse;
    }

    public void setReviewResponse(ReviewResponse reviewResponse) {
      this.reviewResponse = reviewResponse;
    }

    /** The UN review origin these fields name; null when the paragraph has no response. */
    ReviewOrigin review() {
      return reviewResponse == null
          ? null
          : new ReviewOrigin(reviewState, reviewCycle, reviewSession, number, reviewResponse);
    }

    public String getRecommendationId() {
      return recommendationId;
    }

    public void setRecommendationId(String recommendationId) {
      this.recommendationId = recommendationId;
    }

    public List<Theme> getThemes() {
      return themes;
    }

    public void setThemes(List<Theme> themes) {
      this.themes = themes == null ? new ArrayList<>() : themes;
    }

    public Double getWeight() {
      return weight;
    }

    public void setWeight(Double weight) {
      this.weight = weight;
    }

    public String getNumber() {
      return number;
    }

    public void setNumber(String number) {
      this.number = number;
    }

    public String getText() {
      return text;
    }

    public void setText(String text) {
      this.text = text;
    }

    public boolean isKeep() {
      return keep;
    }

    public void setKeep(boolean keep) {
      this.keep = keep;
    }

    public Addressee getAddressee() {
      return addressee;
    }

    public void setAddressee(Addressee addressee) {
      this.addressee = addressee;
    }

    public Theme getTheme() {
      return theme;
    }

    public void setTheme(Theme theme) {
      this.theme = theme;
    }

    public List<AskDraft> getAsks() {
      return asks;
    }

    public void setAsks(List<AskDraft> asks) {
      this.asks = asks;
    }
  }

  /**
   * One ask: kept or not, its kind, the words it was read from (and the cue word), its targets as
   * {@code TYPE:id} and one more target the officer may name.
   */
  public static class AskDraft {
    private String requirementId;
    private boolean keep;
    private RequirementKind kind;
    private String text;
    private String cue;
    private List<String> targets = new ArrayList<>();
    private String extra;

    public String getRequirementId() {
      return requirementId;
    }

    public void setRequirementId(String requirementId) {
      this.requirementId = requirementId;
    }

    public boolean isKeep() {
      return keep;
    }

    public void setKeep(boolean keep) {
      this.keep = keep;
    }

    public RequirementKind getKind() {
      return kind;
    }

    public void setKind(RequirementKind kind) {
      this.kind = kind;
    }

    public String getText() {
      return text;
    }

    public void setText(String text) {
      this.text = text;
    }

    public String getCue() {
      return cue;
    }

    public void setCue(String cue) {
      this.cue = cue;
    }

    public List<String> getTargets() {
      return targets;
    }

    public void setTargets(List<String> targets) {
      this.targets = targets == null ? new ArrayList<>() : targets;
    }

    public String getExtra() {
      return extra;
    }

    public void setExtra(String extra) {
      this.extra = extra;
    }
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public String getAdopted() {
    return adopted;
  }

  public void setAdopted(String adopted) {
    this.adopted = adopted;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getPreviewed() {
    return previewed;
  }

  public void setPreviewed(String previewed) {
    this.previewed = previewed;
  }

  /** The procedure reference (kept by the editor; the new-document page has none). */
  public String getProcedure() {
    return procedure;
  }

  public void setProcedure(String procedure) {
    this.procedure = procedure;
  }

  /** The version the editor started from (null on the new-document page). */
  public Integer getVersion() {
    return version;
  }

  public void setVersion(Integer version) {
    this.version = version;
  }

  public List<ParagraphDraft> getParagraphs() {
    return paragraphs;
  }

  public void setParagraphs(List<ParagraphDraft> paragraphs) {
    this.paragraphs = paragraphs == null ? new ArrayList<>() : paragraphs;
  }
}
