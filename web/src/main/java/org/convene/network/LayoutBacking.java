package org.convene.network;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.convene.platform.RequestMemo;

/** The network's frame around every page: the network read once per request. */
@Named("layout")
@ApplicationScoped
public class LayoutBacking {

  private static final String FALLBACK_NAME = "Convene";
  private static final String NETWORK = LayoutBacking.class.getName() + ".network";

  @Inject private NetworkService networks;
  @Inject private org.convene.cache.ReadCache reads;
  @Inject private HttpServletRequest request;

  /** The network, or {@code null} before it has been set up. */
  public Network getNetwork() {
    return RequestMemo.get(
        request, NETWORK, () -> reads.get("network", () -> networks.find().orElse(null)));
  }

  public String getNetworkName() {
    Network network = getNetwork();
    return network == null ? FALLBACK_NAME : network.getName();
  }

  public String getNetworkShortName() {
    Network network = getNetwork();
    return network == null ? FALLBACK_NAME : network.getShortName();
  }
}
