package org.convene.network;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The network's frame around every page: loaded once per request. */
@Named("layout")
@RequestScoped
public class LayoutBacking {

  private static final String FALLBACK_NAME = "Convene";

  @Inject private NetworkService networks;
  @Inject private org.convene.cache.ReadCache reads;

  private Network network;

  @PostConstruct
  void load() {
    network = reads.get("network", () -> networks.find().orElse(null));
  }

  /** The network, or {@code null} before it has been set up. */
  public Network getNetwork() {
    return network;
  }

  public String getNetworkName() {
    return network == null ? FALLBACK_NAME : network.getName();
  }

  public String getNetworkShortName() {
    return network == null ? FALLBACK_NAME : network.getShortName();
  }
}
