package org.convene.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The page cache's figures in the readiness report: counts only (entries, bytes, hits, misses,
 * evictions, invalidations; and for the remembered public reads, {@link ReadCache}, how often a
 * kept read was used and how often one was loaded) — nothing about which pages are held or who
 * asked. "validated" false means the database's change notices are not being received: held pages
 * are then served until "servedUntil", and not after. It never makes the instance unready by
 * itself: the database check does that.
 */
@Readiness
@ApplicationScoped
public class PageCacheCheck implements HealthCheck {

  @Inject private PageCache cache;
  @Inject private ReadCache reads;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("page-cache").up();
    for (Map.Entry<String, Object> figure : cache.figures().entrySet()) {
      if (figure.getValue() instanceof Number n) {
        response.withData(figure.getKey(), n.longValue());
      } else if (figure.getValue() instanceof Boolean b) {
        response.withData(figure.getKey(), b);
      } else {
        response.withData(figure.getKey(), String.valueOf(figure.getValue()));
      }
    }
    response.withData("readHits", reads.hits());
    response.withData("readLoads", reads.loads());
    response.withData("readsNotShared", reads.personal());
    if (!cache.validated()) {
      response.withData(
          "servedUntil", cache.confirmedAt().plus(cache.unvalidatedBound()).toString());
    }
    return response.build();
  }
}
