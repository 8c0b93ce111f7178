package org.convene.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium. Driver and binary are given explicitly so Selenium
 * Manager never tries to download anything.
 */
public final class Browser implements AutoCloseable {

  private final ChromeDriver driver;
  private final Path screenshots;

  private Browser(ChromeDriver driver, Path screenshots) {
    this.driver = driver;
    this.screenshots = screenshots;
  }

  /** A desktop browser window of the given size. */
  public static Browser open(int width, int height) {
    return open(width, height, false);
  }

  /**
   * A phone: Chrome's device emulation at the given CSS size (a plain window cannot be made
   * narrower than about 500 pixels).
   */
  public static Browser phone(int width, int height) {
    return open(width, height, true);
  }

  private static Browser open(int width, int height, boolean mobile) {
    try {
      Path target = Path.of(System.getProperty("convene.micro.jar")).getParent();
      Path profile = Files.createTempDirectory(target, "chromium-profile-");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(env("CHROMIUM_BINARY", "/usr/bin/chromium"));
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--no-first-run",
          "--disable-sync",
          "--window-size=" + width + "," + height,
          "--user-data-dir=" + profile);
      if (mobile) {
        options.setExperimentalOption(
            "mobileEmulation",
            Map.of(
                "deviceMetrics",
                Map.of("width", width, "height", height, "pixelRatio", 2.0, "touch", true)));
      }
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(Path.of(env("CHROMEDRIVER", "/usr/bin/chromedriver")).toFile())
              .build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
      return new Browser(driver, Files.createDirectories(target.resolve("screenshots")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public ChromeDriver driver() {
    return driver;
  }

  /** Signs in through the sign-in page and waits for the page it leads to. */
  public void signIn(Portal portal, String email, String password) {
    driver.get(portal.uri("/login").toString());
    settle();
    driver.findElement(org.openqa.selenium.By.id("login:email")).sendKeys(email);
    driver.findElement(org.openqa.selenium.By.id("login:password")).sendKeys(password);
    submit(org.openqa.selenium.By.id("login:submit"));
  }

  /**
   * Clicks a button that posts its form (a full page load) and waits for the answer to settle
   * ({@link #leaveBy}). A settle alone right after a click may still see the page being left.
   */
  public void submit(org.openqa.selenium.By button) {
    leaveBy(() -> driver.findElement(button).click());
  }

  /**
   * Does what leaves the page (a click, Enter in a field) and waits for the next page. A mark on
   * the page being left tells: the new page has none (chromedriver reports an element of the old
   * page not always as stale, but sometimes as "Node with given id does not belong to the
   * document", so the element itself is no signal).
   */
  public void leaveBy(Runnable leaving) {
    ((JavascriptExecutor) driver).executeScript("window.conveneLeaving = true;");
    leaving.run();
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .ignoring(org.openqa.selenium.WebDriverException.class)
        .until(
            d ->
                Boolean.TRUE.equals(
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "return window.conveneLeaving === undefined"
                                + " && document.readyState === 'complete';")));
    settle();
  }

  /** Waits until the document is loaded and PrimeFaces (if present) has no Ajax in flight. */
  public void settle() {
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(
            d ->
                (Boolean)
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "return document.readyState === 'complete' && (!window.PrimeFaces"
                                + " || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());"));
  }

  /** Saves a PNG of the viewport under {@code target/screenshots/} and returns its path. */
  public Path screenshot(String name) {
    try {
      Path file = screenshots.resolve(name + ".png");
      Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
      Files.move(shot, file, StandardCopyOption.REPLACE_EXISTING);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String env(String variable, String fallback) {
    String value = System.getenv(variable);
    return value == null || value.isBlank() ? fallback : value;
  }

  @Override
  public void close() {
    driver.quit();
  }
}
