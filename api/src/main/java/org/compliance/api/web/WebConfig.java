package org.compliance.api.web;

import java.time.Duration;
import org.compliance.api.language.Languages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * The static files, and the reader's language: one of {@link Languages#supported()}, from {@code
 * ?lang=} (kept in a cookie), else from the browser.
 */
@Configuration
public class WebConfig implements WebMvcConfigurer {

  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver resolver = new CookieLocaleResolver("lang");
    resolver.setCookieMaxAge(Duration.ofDays(365));
    resolver.setDefaultLocaleFunction(
        request -> Languages.best(java.util.Collections.list(request.getLocales())));
    return resolver;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    // A language the interface does not speak (?lang=de) falls back to the browser's choice.
    LocaleChangeInterceptor change =
        new LocaleChangeInterceptor() {
          @Override
          protected java.util.Locale parseLocaleValue(String value) {
            return Languages.find(value).orElse(null);
          }
        };
    change.setParamName("lang");
    change.setIgnoreInvalidLocale(true);
    registry.addInterceptor(change).excludePathPatterns("/api/**");
  }

  /**
   * Static files under their own paths only ({@code spring.web.resources.add-mappings: false} turns
   * off Boot's {@code /**}): with a resource chain on (the web jars' versionless paths), every link
   * a page writes is looked up among the handlers' patterns, and under {@code /**} that meant a
   * class-path search per link, half a second of CPU for a recommendation with many items.
   */
  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/");
    registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/");
    registry
        .addResourceHandler("/webjars/**")
        .addResourceLocations("classpath:/META-INF/resources/webjars/")
        .resourceChain(true)
        .addResolver(new LiteWebJarsResourceResolver());
  }
}
