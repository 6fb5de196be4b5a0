package org.compliance.api.problem;

import java.util.List;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

/**
 * Numbers and true/false are read only as JSON numbers and booleans: {@code "count":"5"} is refused
 * (400 naming the field, "must be a whole number"), since a client sending text where a number
 * belongs has a bug that silent conversion would hide.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonValues {

  @Bean
  JsonMapperBuilderCustomizer noTextForNumbers() {
    return builder -> {
      for (LogicalType type :
          List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
        builder.withCoercionConfig(
            type, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail));
      }
    };
  }
}
