package vn.danvan.workflow.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's Chromium driven by Playwright for the portal's browser tests: never a downloaded browser. The binary
 * is CHROMIUM_PATH or /usr/bin/chromium; without it the tests fail (they never skip) and say how to install it.
 * One browser per test JVM, a fresh context (cookies, storage) per {@link #open}.
 */
public final class Chromium implements BeforeAllCallback {

  public static final List<String> ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
      "--disable-background-networking", "--disable-component-update", "--no-first-run");
  public static final String INSTALL = "apt-get update && apt-get install -y chromium";

  /** The two screens the portal is tested on: an old office PC and a phone. */
  public enum Screen {
    DESKTOP(1366, 768), PHONE(390, 844);

    public final int width;
    public final int height;

    Screen(int width, int height) {
      this.width = width;
      this.height = height;
    }

    public boolean isPhone() {
      return this == PHONE;
    }

    @Override
    public String toString() {
      return width + "x" + height;
    }
  }

  private static Handle handle;

  @Override
  public void beforeAll(ExtensionContext context) {
    context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(Chromium.class, key -> start(), Handle.class);
  }

  private static synchronized Handle start() {
    if (handle == null) {
      handle = new Handle(executable());
    }
    return handle;
  }

  public static Path executable() {
    String configured = System.getenv("CHROMIUM_PATH");
    Path path = Path.of(configured == null || configured.isBlank() ? "/usr/bin/chromium" : configured);
    if (!Files.isExecutable(path)) {
      throw new IllegalStateException("Chromium is needed for the portal's browser tests and was not found at "
          + path + ". Install Debian's Chromium: " + INSTALL + " (or set CHROMIUM_PATH to a Chromium binary).");
    }
    return path;
  }

  /** A new browser window (own cookies and storage) of the given size, in Vietnam's time zone. */
  public static BrowserContext open(Screen screen) {
    Browser browser = start().browser;
    return browser.newContext(new Browser.NewContextOptions()
        .setViewportSize(screen.width, screen.height)
        .setTimezoneId("Asia/Ho_Chi_Minh")
        .setLocale("en-US") // the portal must be Vietnamese whatever the browser's language
        .setIsMobile(false)
        .setHasTouch(screen.isPhone()));
  }

  /** A screenshot into target/screenshots, and also into docs/ when a page is one of the README's three. */
  public static void screenshot(Page page, String name, Screen screen, boolean forDocs) {
    try {
      Path target = Files.createDirectories(Path.of("target", "screenshots"));
      page.screenshot(new Page.ScreenshotOptions().setPath(target.resolve(name + "-" + screen + ".png"))
          .setFullPage(true));
      if (forDocs) {
        Path docs = Files.createDirectories(Path.of("docs", "screenshots"));
        page.screenshot(new Page.ScreenshotOptions().setPath(docs.resolve(name + "-" + screen + ".png")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The console's errors of a page (a Content-Security-Policy violation is one), collected as they come. */
  public static List<String> consoleErrors(Page page) {
    List<String> errors = new ArrayList<>();
    page.onConsoleMessage(message -> {
      if ("error".equals(message.type())) {
        errors.add(message.text());
      }
    });
    page.onPageError(errors::add);
    return errors;
  }

  private static final class Handle implements ExtensionContext.Store.CloseableResource {

    private final Playwright playwright;
    private final Browser browser;

    Handle(Path executable) {
      playwright = Playwright.create(new Playwright.CreateOptions()
          .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
      browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
          .setExecutablePath(executable).setHeadless(true).setArgs(ARGS));
      Runtime.getRuntime().addShutdownHook(new Thread(this::close, "chromium-close"));
    }

    /**
     * Closed with JUnit's root context, which Surefire ends after every test class when it forks more than one JVM:
     * the next class then starts a new browser rather than talk to this closed one.
     */
    @Override
    public void close() {
      synchronized (Chromium.class) {
        if (handle == this) {
          handle = null;
        }
      }
      try {
        browser.close();
        playwright.close();
      } catch (RuntimeException alreadyClosed) {
        // closed by the other of JUnit's store and the shutdown hook
      }
    }
  }
}
