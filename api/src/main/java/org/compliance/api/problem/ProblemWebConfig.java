package org.compliance.api.problem;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Refuses unknown query parameters on the API (the web pages bind forms their own way). */
@Configuration
public class ProblemWebConfig implements WebMvcConfigurer {

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new UnknownParameterInterceptor()).addPathPatterns("/api/**");
  }
}
