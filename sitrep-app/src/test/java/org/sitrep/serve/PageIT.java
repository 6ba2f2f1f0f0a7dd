package org.sitrep.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The analyst's page in real headless Chromium (Debian's chromium and chromedriver), served by {@link SitrepServer}
 * over a seeded database: markers, the timeline's type filter, an incident's claims and highlighted evidence, a hostile
 * article shown as text, and an article submitted through the form and the real pipeline. Without chromium or
 * chromedriver the tests are skipped with a message, except under CI (CI set), where that is a failure. A failing
 * test leaves a screenshot in target/browser-shots/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PageIT {
  static final String TOKEN = "page-it-token-0123456789";
  static final Path SHOTS = Path.of("target", "browser-shots");

  TestServer s;
  TestServer.Seed seed;
  ChromeDriver driver;

  @RegisterExtension
  final TestWatcher screenshots = new TestWatcher() {
    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
      if (driver == null) return;
      try {
        Files.createDirectories(SHOTS);
        Path shot = SHOTS.resolve(context.getRequiredTestMethod().getName() + ".png");
        Files.write(shot, driver.getScreenshotAs(OutputType.BYTES));
        System.err.println("[sitrep-app] screenshot of the failed page: " + shot.toAbsolutePath());
      } catch (IOException | RuntimeException e) {
        cause.addSuppressed(e);
      }
    }
  };

  /** The first of these that is an executable file. */
  static Optional<Path> executable(String... candidates) {
    Stream<Path> onPath = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .filter(d -> !d.isEmpty()).flatMap(d -> Stream.of(candidates).map(c -> Path.of(d, c)));
    return onPath.filter(Files::isRegularFile).filter(Files::isExecutable).findFirst();
  }

  @BeforeAll
  void start(@TempDir Path tmp) {
    Optional<Path> chromium = executable("chromium", "chromium-browser", "google-chrome");
    Optional<Path> chromedriver = executable("chromedriver");
    if (chromium.isEmpty() || chromedriver.isEmpty()) {
      String why = "browser tests need chromium and chromedriver on the PATH (Debian: apt-get install chromium "
          + "chromium-driver); found " + chromium.map(Path::toString).orElse("no chromium") + ", "
          + chromedriver.map(Path::toString).orElse("no chromedriver");
      if (System.getenv("CI") != null) throw new IllegalStateException(why + " (CI is set: they must run)");
      System.err.println("[sitrep-app] PageIT SKIPPED: " + why);
      assumeTrue(false, why);
    }
    s = TestServer.start(tmp, Optional.of(TOKEN));
    seed = s.seed;
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.get().toFile());
    // No network beyond localhost here: background services would only fail, many at a time.
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--window-size=1400,1000", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-quic", "--user-data-dir=" + tmp.resolve("chromium-profile"));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(chromedriver.get().toFile()).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
  }

  @AfterAll
  void stop() {
    if (driver != null) driver.quit();
    if (s != null) s.close();
  }

  private Object js(String script, Object... args) { return ((JavascriptExecutor) driver).executeScript(script, args); }

  private <T> T await(String what, Duration timeout, ExpectedCondition<T> condition) {
    return new WebDriverWait(driver, timeout).withMessage(what).until(condition);
  }

  private <T> T await(String what, ExpectedCondition<T> condition) { return await(what, Duration.ofSeconds(20), condition); }

  private void waitForScript(String what, String script) {
    await(what, d -> Boolean.TRUE.equals(js(script)) ? Boolean.TRUE : null);
  }

  private void go(String fragment) {
    driver.get(s.base() + fragment);
  }

  private String text(String css) { return driver.findElement(By.cssSelector(css)).getText(); }

  @Test
  @Order(1)
  void the_page_shows_the_seeded_incidents_on_the_map_the_list_and_the_timeline() {
    go("#/");
    waitForScript("the list", "return document.querySelectorAll('#list li[data-incident-id]').length === 5");
    waitForScript("markers", "return document.querySelectorAll('#map .leaflet-marker-icon').length > 0");
    assertThat(text("#list-count")).isEqualTo("5 of 5 incidents");
    List<WebElement> items = driver.findElements(By.cssSelector("#list li[data-incident-id]"));
    assertThat(items.get(0).getAttribute("data-incident-id")).isEqualTo(String.valueOf(seed.train()));
    assertThat(items.get(0).getAttribute("data-type")).isEqualTo("hijacking");
    // four incidents have coordinates: markers or clusters for all of them
    long markers = (Long) js("return document.querySelectorAll('#map .incident-marker[data-incident-id]').length");
    String clustered = String.valueOf(js("return [...document.querySelectorAll('#map .marker-cluster')]"
        + ".map((c) => Number(c.textContent)).reduce((a, b) => a + b, 0)"));
    assertThat(markers + Long.parseLong(clustered)).isEqualTo(4);
    assertThat(driver.findElements(By.cssSelector("#timeline rect.tl-bar[data-type]"))).hasSizeGreaterThanOrEqualTo(3);
    assertThat(driver.findElements(By.cssSelector("#map canvas"))).isNotEmpty();
  }

  @Test
  @Order(2)
  void clicking_a_timeline_bar_filters_the_list_by_its_type() {
    go("#/");
    waitForScript("the timeline", "return document.querySelector('#timeline rect.tl-bar[data-type=\"hijacking\"]')"
        + " !== null && document.querySelectorAll('#list li').length === 5");
    WebElement bar = driver.findElement(By.cssSelector("#timeline rect.tl-bar[data-type=\"hijacking\"]"));
    new Actions(driver).moveToElement(bar).click().perform();
    waitForScript("the filtered list", "return location.hash.includes('type=hijacking') && "
        + "document.getElementById('list-count').textContent.startsWith('1 of 1')");
    List<WebElement> items = driver.findElements(By.cssSelector("#list li[data-incident-id]"));
    assertThat(items).hasSize(1);
    assertThat(items.get(0).getAttribute("data-incident-id")).isEqualTo(String.valueOf(seed.train()));
    assertThat(driver.findElement(By.id("type-filter")).getAttribute("value")).isEqualTo("hijacking");
    waitForScript("one marker", "return document.querySelectorAll('#map .incident-marker[data-incident-id]').length"
        + " + document.querySelectorAll('#map .marker-cluster').length === 1");
  }

  @Test
  @Order(3)
  void an_incident_shows_its_claims_side_by_side_and_highlighted_evidence() {
    go("#/");
    waitForScript("the list", "return document.querySelectorAll('#list li[data-incident-id]').length === 5");
    driver.findElement(By.cssSelector("#list li[data-incident-id=\"" + seed.train() + "\"] a")).click();
    await("the incident view", d -> d.findElement(By.cssSelector("#incident[data-incident-id=\"" + seed.train()
        + "\"] #claims-table")));
    waitForScript("highlighted reports", "return document.querySelectorAll('#doc-" + seed.cnn() + " mark.evidence')"
        + ".length > 0 && document.querySelectorAll('#doc-" + seed.dawn() + " mark.evidence').length > 0");
    WebElement killed = driver.findElement(By.cssSelector(
        "#claims-table tbody[data-group=\"hostages\"][data-outcome=\"killed\"]"));
    assertThat(killed.findElement(By.cssSelector("td.consensus")).getText()).isEqualTo("27");
    assertThat(killed.findElements(By.cssSelector("tr.claim td.figure .interval")).stream().map(WebElement::getText))
        .containsExactly("27", "31");
    assertThat(killed.findElements(By.cssSelector("tr.claim")).stream().map(r -> r.getAttribute("data-document-id")))
        .containsExactly(String.valueOf(seed.cnn()), String.valueOf(seed.dawn()));
    assertThat(text("#incident")).contains("A security source").contains("officials");
    // the exact phrases are marked as this incident's evidence; the Quetta bombing's are marked as another's
    @SuppressWarnings("unchecked")
    List<String> tollMarks = (List<String>) js("return [...document.querySelectorAll('#reports mark.evidence')]"
        + ".filter((m) => m.dataset.kind.split(' ').includes('toll')).map((m) => m.textContent)");
    assertThat(tollMarks).contains("27 hostages were killed", "31 hostages were killed");
    @SuppressWarnings("unchecked")
    List<String> other = (List<String>) js("return [...document.querySelectorAll('#doc-" + seed.cnn()
        + " mark.span-other')].map((m) => m.textContent)");
    // nested spans (the bombing's sentence, its toll inside) are cut into pieces
    assertThat(other).contains("killed 26 people", "Quetta");
    assertThat(driver.findElements(By.cssSelector("#background li[data-incident-id=\"" + seed.quetta() + "\"]")))
        .hasSize(1);
    assertThat(text("#codes-table")).contains("Hijacking").contains("181");
  }

  @Test
  @Order(4)
  void a_hostile_article_is_shown_as_text_and_nothing_in_it_runs() {
    go("#/incident/" + seed.hostile());
    waitForScript("the report's text", "const t = document.querySelector('#doc-" + seed.hostileDoc() + " .doc-text');"
        + " return t !== null && t.getAttribute('aria-busy') === null && t.textContent.includes('Gunmen')");
    @SuppressWarnings("unchecked")
    Map<String, Object> v = (Map<String, Object>) js("const r = document.getElementById('doc-" + seed.hostileDoc()
        + "'); return { made: document.querySelectorAll('#incident img, #incident script, #incident b, #list img, "
        + "#list script, #list b, .leaflet-tooltip img, .leaflet-tooltip b').length,"
        + " title: r.querySelector('h4').textContent, link: r.querySelector('h4 a') !== null,"
        + " text: r.querySelector('.doc-text').textContent, pwned: window.pwned === undefined ? null : window.pwned,"
        + " docTitle: document.title }");
    assertThat(v.get("made")).isEqualTo(0L);
    assertThat(v.get("title")).isEqualTo("<script>document.title='pwned-title'</script>Market attack");
    assertThat(v.get("link")).as("a javascript: URL became a link").isEqualTo(false);
    assertThat((String) v.get("text")).contains("<img src=x onerror=\"window.pwned='img'\">")
        .contains("<script>window.pwned='script'</script>");
    assertThat(v.get("pwned")).as("a payload ran").isNull();
    assertThat((String) v.get("docTitle")).doesNotContain("pwned");
    @SuppressWarnings("unchecked")
    List<String> hrefs = (List<String>) js("return [...document.querySelectorAll('a[href]')].map((a) =>"
        + " a.getAttribute('href'))");
    assertThat(hrefs).allSatisfy(h -> assertThat(h).matches("^(#|#/.*|https?://.*)$"));   // "#": Leaflet's zoom buttons
    // hovering the participant's name, and the list and the map showing it, run nothing either
    go("#/");
    waitForScript("the list", "return document.querySelectorAll('#list li[data-incident-id]').length === 5");
    new Actions(driver).moveToElement(driver.findElement(By.cssSelector("#list li[data-incident-id=\""
        + seed.hostile() + "\"]"))).perform();
    assertThat(js("return window.pwned === undefined")).isEqualTo(true);
  }

  @Test
  @Order(5)
  void an_article_submitted_through_the_form_becomes_an_incident() {
    go("#/submit");
    waitForScript("the form", "return !document.getElementById('submit-view').hidden");
    fill("Car bomb kills 12 in Mogadishu market", SubmitIT.article(), "not-the-token");
    await("the refusal", d -> d.findElement(By.cssSelector("#submit-result .error")));
    assertThat(text("#submit-result")).contains("401");

    fill("Car bomb kills 12 in Mogadishu market", SubmitIT.article(), TOKEN);
    // the first submission loads CoreNLP's models: seconds on a quiet machine, more on a busy one
    WebElement li = await("the stored incident", Duration.ofSeconds(240),
        d -> d.findElement(By.cssSelector("#submit-result li[data-incident-id]")));
    String id = li.getAttribute("data-incident-id");
    String documentId = driver.findElement(By.cssSelector("#submit-result p.ok[data-document-id]"))
        .getAttribute("data-document-id");
    assertThat(text("#submit-result")).contains("document " + documentId);
    go("#/");
    waitForScript("the new incident in the list", "return document.querySelectorAll('#list li[data-incident-id]')"
        + ".length === 6 && document.querySelector('#list li[data-incident-id=\"" + id + "\"]') !== null");
    assertThat(driver.findElement(By.cssSelector("#list li[data-incident-id=\"" + id + "\"]")).getAttribute("data-type"))
        .isEqualTo("bombing");
    go("#/incident/" + id);
    waitForScript("its evidence", "return document.querySelectorAll('#doc-" + documentId + " mark.evidence').length > 0");
    assertThat(text("#doc-" + documentId + " .doc-text")).startsWith("Car bomb kills 12 in Mogadishu market");
  }

  @Test
  @Order(6)
  void a_hostile_article_submitted_through_the_form_never_runs() {
    go("#/submit");
    waitForScript("the form", "return !document.getElementById('submit-view').hidden");
    String hostile = "<script>window.pwned='submitted-script'; document.title='pwned'</script>"
        + SubmitIT.article().replace("at a crowded market", "at a crowded <img src=x onerror=\"window.pwned='img'\"> market")
        + "\n\nMore: <a href=\"javascript:window.pwned='link'\">javascript:window.pwned='text-link'</a>";
    fill("<img src=x onerror=\"window.pwned='title'\">Bomb", hostile, TOKEN);
    WebElement li = await("the stored incident", Duration.ofSeconds(240),
        d -> d.findElement(By.cssSelector("#submit-result li[data-incident-id]")));
    String id = li.getAttribute("data-incident-id");
    String documentId = driver.findElement(By.cssSelector("#submit-result p.ok[data-document-id]"))
        .getAttribute("data-document-id");
    go("#/incident/" + id);
    waitForScript("the report's text", "const t = document.querySelector('#doc-" + documentId + " .doc-text');"
        + " return t !== null && t.textContent.includes('window.pwned')");
    assertThat(driver.findElements(By.cssSelector("a[href^='javascript'], a[href^='JAVASCRIPT']"))).isEmpty();
    assertThat(js("return window.pwned === undefined")).as("a payload ran").isEqualTo(true);
    assertThat(driver.getTitle()).doesNotContain("pwned");
    assertThat(driver.findElements(By.cssSelector("#incident img, #incident script"))).isEmpty();
  }

  @Test
  @Order(7)
  void no_request_left_the_origin_and_no_policy_was_violated() {
    go("#/");
    waitForScript("the list", "return document.querySelectorAll('#list li[data-incident-id]').length >= 5");
    @SuppressWarnings("unchecked")
    List<String> names = (List<String>) js("return performance.getEntriesByType('resource').map((e) => e.name)");
    assertThat(names).isNotEmpty().allSatisfy(n -> assertThat(n).startsWith(s.base()));
    List<LogEntry> logs = driver.manage().logs().get(LogType.BROWSER).getAll();
    assertThat(logs.stream().map(LogEntry::getMessage)
        .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to"))).isEmpty();
  }

  private void fill(String title, String text, String token) {
    js("const f = document.getElementById('submit-form');"
        + " f.elements.title.value = arguments[0]; f.elements.source.value = 'Test Wire';"
        + " f.elements.published.value = '2025-06-04'; f.elements.url.value = 'https://example.net/car-bomb';"
        + " f.elements.text.value = arguments[1]; f.elements.token.value = arguments[2];"
        + " document.getElementById('submit-result').replaceChildren();", title, text, token);
    driver.findElement(By.cssSelector("#submit-form button[type=submit]")).click();
  }
}
