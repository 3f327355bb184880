package org.sunshine.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One headless Debian Chromium on the suite's platform, with what every browser journey checks: screenshots
 * at 375 px and 1280 px into {@code target/screenshots/} (nothing wider than a phone screen), no console error,
 * a label on every form control, and no inline script, handler or style (the CSP forbids them).
 */
final class Browser implements AutoCloseable {

	static final Path SHOTS = Path.of("target", "screenshots").toAbsolutePath();

	static final Duration WAIT = Duration.ofSeconds(30);

	/** Where the portal keeps the staff session (session.js). */
	private static final String STAFF_SESSION = "sunshine.staff";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ChromeDriver driver;

	private Browser(ChromeDriver driver) {
		this.driver = driver;
	}

	static Browser open() throws IOException {
		Files.createDirectories(SHOTS);
		Path profile = Files.createTempDirectory(Platform.WORK.getParent(), "chromium-profile");
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-features=AutofillServerCommunication,OptimizationHints,MediaRouter,Translate",
				"--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1", "--user-data-dir=" + profile,
				"--window-size=1280,900", "--lang=zh-CN");
		options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File("/usr/bin/chromedriver"))
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(WAIT).scriptTimeout(WAIT);
		return new Browser(driver);
	}

	ChromeDriver driver() {
		return this.driver;
	}

	@Override
	public void close() {
		this.driver.quit();
	}

	/** Loads a route of the portal, e.g. {@code #/track}. */
	void open(String route) {
		this.driver.get(Platform.GATEWAY + "/" + route);
	}

	void waitForHeading(String heading) {
		new WebDriverWait(this.driver, WAIT).until(ExpectedConditions.textToBe(By.cssSelector("main h1"), heading));
	}

	WebElement waitVisible(By locator) {
		return new WebDriverWait(this.driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	void waitForText(By locator, String text) {
		new WebDriverWait(this.driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
	}

	String text(By locator) {
		return this.driver.findElement(locator).getText();
	}

	void type(By locator, CharSequence text) {
		WebElement field = this.driver.findElement(locator);
		field.clear();
		field.sendKeys(text);
	}

	/** Clicks the submit button of the form that is, or holds, the element found. */
	void submit(By insideForm) {
		WebElement element = this.driver.findElement(insideForm);
		WebElement form = element.getTagName().equals("form") ? element : element.findElement(By.xpath("ancestor::form"));
		form.findElement(By.cssSelector("button[type=submit]")).click();
	}

	/** Signs out whoever is signed in and signs in a demo account on #/staff (its password is the one the platform wrote). */
	void signIn(String username) {
		open("#/staff");
		waitForHeading("工作人员登录");
		List<WebElement> signOut = this.driver.findElements(By.xpath("//button[normalize-space()='退出登录']"));
		if (!signOut.isEmpty()) {
			signOut.get(0).click();
		}
		waitVisible(By.id("username"));
		type(By.id("username"), username);
		type(By.id("password"), Platform.passwordOf(username));
		submit(By.cssSelector("form.signin"));
		assertThat(waitVisible(By.cssSelector(".signed-in")).getText()).contains("已登录：" + username);
	}

	/** The staff session the portal keeps in this tab, or null when nobody is signed in. */
	JsonNode staffSession() {
		String stored = (String) this.driver.executeScript("return sessionStorage.getItem('" + STAFF_SESSION + "')");
		return (stored != null) ? JSON.readTree(stored) : null;
	}

	/** Changes the stored staff session with a statement on {@code s}, e.g. {@code s.expiresAt = 0}. */
	void changeStaffSession(String statement) {
		this.driver.executeScript("const s = JSON.parse(sessionStorage.getItem('" + STAFF_SESSION + "')); " + statement
				+ "; sessionStorage.setItem('" + STAFF_SESSION + "', JSON.stringify(s));");
	}

	/** What every page must satisfy: labels, no inline code, no console error. */
	void checkPage() {
		@SuppressWarnings("unchecked")
		List<String> unlabelled = (List<String>) this.driver.executeScript("""
				return [...document.querySelectorAll('input, select, textarea')]
				  .filter((c) => c.type !== 'hidden')
				  .filter((c) => !(c.labels && c.labels.length) && !c.getAttribute('aria-label') && !c.getAttribute('aria-labelledby'))
				  .map((c) => c.outerHTML);""");
		assertThat(unlabelled).as("form controls without a label").isEmpty();
		@SuppressWarnings("unchecked")
		List<String> inline = (List<String>) this.driver.executeScript("""
				const found = [...document.querySelectorAll('script:not([src])')].map((s) => s.outerHTML);
				for (const el of document.querySelectorAll('*'))
				  for (const a of el.attributes) if (a.name.startsWith('on') || a.name === 'style') found.push(el.localName + ' ' + a.name);
				return found;""");
		assertThat(inline).as("inline scripts, handlers or styles (the CSP forbids them)").isEmpty();
		assertThat(text(By.id("main"))).as("page text").doesNotContainPattern("\\b(null|undefined|NaN|\\[object Object\\])\\b");
		assertThat(consoleErrors()).as("console errors").isEmpty();
	}

	/** Errors the browser logged since the last call, except those containing one of the expected texts. */
	List<String> consoleErrors(String... expected) {
		return this.driver.manage().logs().get(LogType.BROWSER).getAll().stream()
			.filter((entry) -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.filter((message) -> Arrays.stream(expected).noneMatch(message::contains))
			.toList();
	}

	/** The whole page at a phone's and a desktop's width; at 375 px nothing may stick out sideways. */
	void screenshots(String name) {
		for (int width : new int[] { 375, 1280 }) {
			this.driver.manage().window().setSize(new Dimension(width, 900));
			this.driver.executeScript("window.scrollTo(0, 0)");
			Long height = (Long) this.driver.executeScript("return Math.ceil(document.documentElement.scrollHeight)");
			this.driver.manage().window().setSize(new Dimension(width, (int) Math.min(Math.max(height, 600), 6000)));
			Long overflow = (Long) this.driver.executeScript(
					"return document.documentElement.scrollWidth - document.documentElement.clientWidth");
			assertThat(overflow).as("horizontal overflow of %s at %d px", name, width).isLessThanOrEqualTo(0L);
			File shot = this.driver.getScreenshotAs(OutputType.FILE);
			try {
				Files.copy(shot.toPath(), SHOTS.resolve(name + "-" + width + ".png"), StandardCopyOption.REPLACE_EXISTING);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		this.driver.manage().window().setSize(new Dimension(1280, 900));
	}

}
