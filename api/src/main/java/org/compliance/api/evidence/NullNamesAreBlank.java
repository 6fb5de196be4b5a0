package org.compliance.api.evidence;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.List;
import org.compliance.evidence.EvidenceItem;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A name sent as null in an item's lists ({@code "persons": ["Aron Atabek", null]}) is read as an
 * empty name, so the input rules refuse it naming the entry ({@code persons[1]} is empty) like any
 * blank name, instead of the item failing to be built ("body" is not valid JSON).
 */
@Configuration(proxyBeanMethods = false)
class NullNamesAreBlank {

  @Bean
  JsonMapperBuilderCustomizer nullNamesReadAsEmpty() {
    return builder -> builder.addMixIn(EvidenceItem.class, Names.class);
  }

  private abstract static class Names {
    @JsonSetter(contentNulls = Nulls.AS_EMPTY)
    List<String> persons;

    @JsonSetter(contentNulls = Nulls.AS_EMPTY)
    List<String> laws;

    @JsonSetter(contentNulls = Nulls.AS_EMPTY)
    List<String> organisations;

    @JsonSetter(contentNulls = Nulls.AS_EMPTY)
    List<String> recommendations;
  }
}
