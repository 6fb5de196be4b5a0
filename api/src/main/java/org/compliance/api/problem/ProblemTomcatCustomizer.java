package org.compliance.api.problem;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Puts {@link ProblemReportValve} in place of Tomcat's HTML error page. Runs after Spring Boot's
 * own customizer, which adds an HTML ErrorReportValve to the host; that one is removed.
 */
@Component
public class ProblemTomcatCustomizer
    implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }

  @Override
  public void customize(ConfigurableTomcatWebServerFactory factory) {
    factory.addContextCustomizers(
        context -> {
          if (context.getParent() instanceof StandardHost host) {
            // The host finds this valve by its class name and then adds no HTML one of its own.
            host.setErrorReportValveClass(ProblemReportValve.class.getName());
            boolean present = false;
            for (Valve v : host.getPipeline().getValves()) {
              if (v instanceof ProblemReportValve) {
                present = true;
              } else if (v instanceof ErrorReportValve) {
                host.getPipeline().removeValve(v);
              }
            }
            if (!present) {
              host.getPipeline().addValve(new ProblemReportValve());
            }
          }
        });
  }
}
