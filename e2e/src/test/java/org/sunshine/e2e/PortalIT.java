package org.sunshine.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The public portal in a real browser (Debian Chromium, headless) against the suite's running platform:
 * the journeys of a taxpayer and a citizen. Every journey saves screenshots at 375 px and 1280 px into
 * {@code target/screenshots/}, and checks that the page logged no console error, that every form control
 * has a label, that nothing is wider than a phone screen, and that no inline script or handler exists.
 */
@ExtendWith(PlatformExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(1)
class PortalIT {

	private static final Duration WAIT = Browser.WAIT;

	private static Browser ui;

	private static ChromeDriver browser;

	@BeforeAll
	static void openBrowser() throws IOException {
		ui = Browser.open();
		browser = ui.driver();
	}

	@AfterAll
	static void closeBrowser() {
		if (ui != null) {
			ui.close();
		}
	}

	@Test
	@Order(1)
	void shouldLetATaxpayerFileAComplaintTrackItAddInformationAndWithdrawIt() {
		ui.open("#/complaint");
		ui.waitForHeading("网上投诉");

		// Sent empty: the browser answers in Chinese with the server's rules before anything is sent.
		ui.submit(By.cssSelector("form.complaint-form"));
		ui.waitVisible(By.cssSelector(".error-summary"));
		assertThat(ui.text(By.id("type-error"))).isEqualTo("请选择投诉类型");
		assertThat(ui.text(By.id("subject-error"))).isEqualTo("不能为空");
		assertThat(ui.text(By.id("name-error"))).isEqualTo("实名投诉须填写此项");
		ui.type(By.id("phone"), "12345");
		ui.submit(By.cssSelector("form.complaint-form"));
		assertThat(ui.text(By.id("phone-error"))).isEqualTo("须为11位中国大陆手机号码");
		assertThat(browser.findElement(By.id("phone")).getAttribute("aria-invalid")).isEqualTo("true");

		// Anonymous hides and disables every identity field.
		browser.findElement(By.id("anonymous")).click();
		assertThat(browser.findElement(By.id("name")).isDisplayed()).isFalse();
		browser.findElement(By.id("anonymous")).click();

		new Select(browser.findElement(By.id("type"))).selectByValue("SERVICE");
		ui.type(By.id("subject"), "办税服务厅排队时间过长");
		ui.type(By.id("content"), "上周三上午在第一税务分局办税服务厅等候两个多小时，窗口只开了两个。");
		ui.type(By.id("name"), "张三");
		ui.type(By.id("phone"), "13800138000");
		assertThat(browser.findElements(By.cssSelector(".field-error"))).noneMatch(WebElement::isDisplayed);
		ui.checkPage();
		ui.screenshots("complaint-form");
		ui.submit(By.cssSelector("form.complaint-form"));

		String trackingNumber = ui.waitVisible(By.id("tracking-number")).getText();
		String accessCode = ui.text(By.id("access-code"));
		assertThat(trackingNumber).isNotBlank();
		assertThat(accessCode).isNotBlank();
		assertThat(ui.text(By.cssSelector(".receipt"))).contains("查询码只显示这一次").contains("答复期限");
		assertThat(browser.findElements(By.xpath("//button[normalize-space()='打印']"))).hasSize(1);
		ui.checkPage();
		ui.screenshots("complaint-receipt");

		browser.findElement(By.linkText("查询办理进度")).click();
		ui.waitForHeading("投诉查询");
		assertThat(browser.findElement(By.id("trackingNumber")).getAttribute("value")).isEqualTo(trackingNumber);
		ui.type(By.id("accessCode"), accessCode);
		ui.submit(By.cssSelector("form.track-form"));
		ui.waitVisible(By.cssSelector(".timeline li"));
		assertThat(ui.text(By.cssSelector(".track-result h2"))).isEqualTo("办税服务厅排队时间过长");
		assertThat(ui.text(By.cssSelector(".track-result .status"))).contains("已接收");
		assertThat(ui.text(By.cssSelector(".timeline"))).contains("提交投诉");
		assertThat(ui.text(By.cssSelector(".track-result"))).contains("尚未答复");
		// SERVICE complaints are answered within 10 working days; the page shows the days counted.
		String why = ui.waitVisible(By.cssSelector(".due-why .days")).findElement(By.xpath("..")).getText();
		assertThat(why).contains("时限为 10 个工作日").contains("计入的 10 个工作日");
		ui.checkPage();
		ui.screenshots("complaint-tracking");

		// While it is handled the taxpayer can add information: sent empty, the field says what is missing.
		ui.submit(By.cssSelector("form.supplement-form"));
		assertThat(ui.text(By.id("supplement-text-error"))).isEqualTo("请填写补充内容");
		ui.type(By.id("supplement-text"), "等候时间为上午9点至11点20分，取号单号A105。");
		ui.submit(By.cssSelector("form.supplement-form"));
		ui.waitForText(By.cssSelector(".track-result .notice"), "补充材料已收到");
		assertThat(ui.text(By.cssSelector(".supplements"))).contains("取号单号A105");
		assertThat(ui.text(By.cssSelector(".timeline"))).contains("补充材料");

		// Withdrawing asks once more on the page; "keep it" goes back, "withdraw" ends the complaint.
		WebElement withdraw = browser.findElement(By.xpath("//button[normalize-space()='撤回投诉']"));
		withdraw.click();
		assertThat(ui.waitVisible(By.id("withdraw-question")).getText()).contains("不能恢复");
		assertThat(withdraw.isDisplayed()).isFalse();
		ui.checkPage();
		ui.screenshots("complaint-withdraw");
		browser.findElement(By.xpath("//button[normalize-space()='不撤回']")).click();
		assertThat(browser.findElement(By.id("withdraw-question")).isDisplayed()).isFalse();
		withdraw.click();
		ui.waitVisible(By.xpath("//button[normalize-space()='确认撤回']")).click();
		ui.waitForText(By.cssSelector(".track-result .notice"), "投诉已撤回");
		assertThat(ui.text(By.cssSelector(".track-result .status"))).contains("已撤回");
		assertThat(ui.text(By.cssSelector(".timeline"))).contains("撤回");
		assertThat(browser.findElements(By.cssSelector(".follow-up, .rating"))).isEmpty();
		assertThat(ui.text(By.cssSelector(".supplements"))).contains("取号单号A105");
	}

	@Test
	@Order(2)
	void shouldLetACitizenFindAPolicyByAChineseWordAndByDocNumber() {
		awaitSearchIndexed("小型微利企业");
		// A fresh load of the home page; the gateway sends no-store, so every byte is transferred.
		browser.get("about:blank");
		ui.open("#/");
		ui.waitForHeading("欢迎访问阳光政务");
		ui.waitVisible(By.cssSelector(".chart-figure"));
		Long transferred = (Long) browser.executeScript("""
				return Math.round([...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
				  .reduce((sum, entry) => sum + entry.transferSize, 0));""");
		System.out.printf("First page (home, with its API calls): %d bytes transferred%n", transferred);
		assertThat(transferred).as("bytes transferred for the first page").isPositive().isLessThanOrEqualTo(200 * 1024L);
		ui.checkPage();
		ui.screenshots("home");
		ui.type(By.id("home-q"), "小型微利企业" + Keys.ENTER);
		ui.waitForHeading("政策法规检索");
		ui.waitVisible(By.cssSelector(".hits li"));
		assertThat(ui.text(By.cssSelector(".summary"))).contains("“小型微利企业”共找到");
		assertThat(ui.text(By.cssSelector(".hits li h3"))).contains("小型微利企业");
		assertThat(browser.findElements(By.cssSelector(".hits mark"))).anyMatch((mark) -> mark.getText().contains("小型微利"));

		// Facets narrow the results, counted as if their own filter were off.
		browser.findElement(By.xpath("//aside[@class='facets']//a[starts-with(normalize-space(), '政策文件')]")).click();
		new WebDriverWait(browser, WAIT).until(ExpectedConditions.attributeContains(
				By.xpath("//aside[@class='facets']//a[contains(., '政策文件')]"), "aria-current", "true"));
		assertThat(browser.findElements(By.cssSelector(".hits li .tag")))
			.isNotEmpty()
			.allMatch((tag) -> tag.getText().equals("政策文件"));
		ui.checkPage();
		ui.screenshots("policy-search");

		ui.type(By.id("doc-number"), "国家税务总局公告2023年第6号");
		ui.submit(By.cssSelector("#doc-number"));
		ui.waitForHeading("国家税务总局关于落实小型微利企业所得税优惠政策征管问题的公告");
		assertThat(ui.text(By.cssSelector(".facts"))).contains("国家税务总局公告2023年第6号").contains("现行有效");
		assertThat(browser.findElements(By.cssSelector(".policy-body p"))).isNotEmpty();
		ui.checkPage();
		ui.screenshots("policy-page");
	}

	@Test
	@Order(3)
	void shouldLetACitizenBrowseTheCatalogToAnItemPage() {
		ui.open("#/");
		ui.waitForHeading("欢迎访问阳光政务");
		browser.findElement(By.linkText("权力清单")).click();
		ui.waitForHeading("权力清单");
		browser.findElement(By.xpath("//ul[@class='chips']//a[normalize-space()='行政处罚']")).click();
		new WebDriverWait(browser, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".summary"), "行政处罚：共"));
		assertThat(browser.findElements(By.cssSelector(".item-list .item .meta"))).isNotEmpty()
			.allMatch((meta) -> meta.getText().contains("行政处罚"));

		// Risk in words as well as colour; filtering keeps the category.
		new Select(browser.findElement(By.id("riskLevel"))).selectByValue("HIGH");
		ui.submit(By.cssSelector("form.filters"));
		new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlContains("riskLevel=HIGH"));
		// The list is replaced after the hash changes; wait until only the new one is there.
		new WebDriverWait(browser, WAIT).ignoring(StaleElementReferenceException.class).until((driver) -> {
			List<WebElement> badges = driver.findElements(By.cssSelector(".item-list .risk"));
			return !badges.isEmpty() && badges.stream().allMatch((badge) -> badge.getText().contains("高风险"));
		});
		assertThat(browser.getCurrentUrl()).contains("category=XZCF");
		ui.checkPage();
		ui.screenshots("power-catalog");

		WebElement first = browser.findElement(By.cssSelector(".item-list .item h3 a"));
		String name = first.getText();
		first.click();
		ui.waitForHeading(name);
		assertThat(browser.findElements(By.cssSelector(".flow li"))).isNotEmpty();
		String page = ui.text(By.id("main"));
		assertThat(page).contains("法律依据").contains("办理流程").contains("法定时限").contains("承诺时限").contains("收费标准")
			.contains("高风险").contains("防控措施");
		assertThat(browser.findElement(By.xpath("//dt[.='监督电话']/following-sibling::dd/a")).getAttribute("href"))
			.startsWith("tel:");
		ui.checkPage();
		ui.screenshots("power-item");
	}

	@Test
	@Order(4)
	void shouldExplainADeadlineAndSwitchToEnglish() {
		ui.open("#/calculator");
		ui.waitForHeading("期限计算器");
		// datetime-local typing depends on the browser's locale; set the value as a script would.
		browser.executeScript("document.getElementById('from').value = '2024-02-08T10:00'");
		WebElement days = browser.findElement(By.id("days"));
		days.clear();
		days.sendKeys("5");
		ui.submit(By.id("days"));
		WebElement skipped = ui.waitVisible(By.cssSelector(".days.skipped"));
		assertThat(skipped.getText()).contains("春节");
		assertThat(ui.text(By.cssSelector(".calc-result"))).contains("计入的 5 个工作日");
		ui.checkPage();
		ui.screenshots("deadline-calculator");

		browser.findElement(By.id("lang-switch")).click();
		ui.waitForHeading("Deadline calculator");
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
		assertThat(ui.text(By.cssSelector("header nav"))).contains("Power catalog").contains("File a complaint");
		ui.checkPage();
		ui.screenshots("deadline-calculator-en");
		browser.findElement(By.id("lang-switch")).click();
		ui.waitForHeading("期限计算器");
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
	}

	@Test
	@Order(5)
	void shouldSignInStaffOnTheSignInPage() {
		ui.open("#/staff");
		ui.waitForHeading("工作人员登录");
		ui.type(By.id("username"), "supervisor");
		ui.type(By.id("password"), "wrong-password");
		ui.submit(By.cssSelector("form.signin"));
		assertThat(ui.waitVisible(By.cssSelector("form.signin .error")).getText()).contains("用户名或密码不正确");
		// The refused sign-in is the one expected console entry (the browser logs every 401).
		ui.consoleErrors("status of 401");

		ui.type(By.id("password"), Platform.passwordOf("supervisor"));
		ui.submit(By.cssSelector("form.signin"));
		assertThat(ui.waitVisible(By.cssSelector(".signed-in")).getText()).contains("已登录：supervisor");
		ui.checkPage();
		ui.screenshots("staff-sign-in");
		browser.findElement(By.xpath("//button[normalize-space()='退出登录']")).click();
		ui.waitVisible(By.id("username"));
	}

	/** Search is fed asynchronously from disclosure-service's change feed. */
	private static void awaitSearchIndexed(String word) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		URI uri = URI.create(Platform.GATEWAY + "/api/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8));
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(WAIT).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).doesNotContain("\"total\":0");
		});
	}

}
