package org.sunshine.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff console, the rating and the transparency dashboard in a real browser: a taxpayer files a
 * complaint; the clerk accepts and assigns it; the handler replies; the taxpayer rates the reply; the
 * supervisor sees an overdue complaint's warning arrive on the live feed and acknowledges it; the public
 * dashboard shows the figures. Runs after {@link PlatformIT} (which stops search-service): none of these
 * pages needs search.
 */
@ExtendWith(PlatformExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(3)
class StaffConsoleIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	/** The warning scan runs every 30 s: a warning shows up within one pass plus the stream's poll. */
	private static final Duration WARNING_WAIT = Duration.ofSeconds(90);

	private static final String SUBJECT = "窗口工作人员态度生硬";

	private static Browser ui;

	private static ChromeDriver browser;

	private static String trackingNumber;

	private static String accessCode;

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
	void shouldLetAClerkAcceptAndAssignAComplaintAndTheHandlerReply() {
		ui.open("#/complaint");
		ui.waitForHeading("网上投诉");
		new Select(browser.findElement(By.id("type"))).selectByValue("CONDUCT");
		ui.type(By.id("subject"), SUBJECT);
		ui.type(By.id("content"), "本月十日在办税服务厅三号窗口办理发票领用，工作人员不耐烦，拒绝解释所需材料。");
		browser.findElement(By.id("anonymous")).click();
		ui.submit(By.cssSelector("form.complaint-form"));
		trackingNumber = ui.waitVisible(By.id("tracking-number")).getText().replaceAll("\\s+", "");
		accessCode = ui.text(By.id("access-code")).replaceAll("\\s+", "");

		signIn("clerk");
		ui.waitForHeading("投诉工作台");
		WebElement item = queueItem(trackingNumber);
		assertThat(item.getText()).contains(SUBJECT).contains("已接收").contains("剩 5 个工作日");
		// A clerk works the queue; warnings go to handlers, unit heads and supervisors.
		assertThat(browser.findElements(By.cssSelector(".warnings-section"))).isEmpty();
		ui.checkPage();
		ui.screenshots("console-queue-clerk");

		item.findElement(By.linkText(trackingNumber)).click();
		ui.waitForHeading(SUBJECT);
		assertThat(ui.text(By.cssSelector(".facts"))).contains("匿名").contains("5 个工作日");
		assertThat(browser.findElements(By.cssSelector(".step-reply"))).as("a clerk does not reply").isEmpty();
		browser.findElement(By.xpath("//section[contains(@class,'case-actions')]//button[normalize-space()='受理']")).click();
		assertThat(waitNotice()).contains("已受理");
		new Select(browser.findElement(By.id("assign-department"))).selectByValue("ZSK");
		ui.type(By.id("assign-handler"), "handler");
		ui.checkPage();
		ui.screenshots("console-case-assign");
		ui.submit(By.id("assign-handler"));
		new WebDriverWait(browser, Browser.WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
				By.cssSelector(".case .notice"), "已转办至 ZSK，承办人 handler"));
		assertThat(ui.text(By.cssSelector(".timeline"))).contains("受理").contains("转办").contains("clerk");

		signIn("handler");
		ui.waitForHeading("投诉工作台");
		assertThat(ui.waitVisible(By.cssSelector(".warnings-section")).getText()).contains("实时预警");
		new WebDriverWait(browser, Browser.WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
				By.cssSelector(".feed-state"), "实时预警已连接"));
		queueItem(trackingNumber).findElement(By.linkText(trackingNumber)).click();
		ui.waitForHeading(SUBJECT);
		// Asking the complainant for missing information stops the clock, and the reply waits until it runs again.
		ui.type(By.id("suspend-reason"), "请补充办理业务的具体日期和窗口号。");
		ui.submit(By.id("suspend-reason"));
		waitNotice("期限已中止");
		assertThat(ui.text(By.cssSelector(".case-actions"))).contains("期限自").contains("请补充办理业务的具体日期和窗口号。");
		assertThat(browser.findElements(By.id("reply-text"))).isEmpty();
		browser.findElement(By.xpath("//section[contains(@class,'case-actions')]//button[normalize-space()='恢复计时']")).click();
		waitNotice("已恢复计时");
		assertThat(ui.text(By.cssSelector(".timeline"))).contains("中止期限（待补正）").contains("恢复计时");
		ui.type(By.id("reply-text"), "经核查，该窗口工作人员服务态度确有不当，已进行批评教育，并在窗口公示所需材料清单。");
		ui.submit(By.id("reply-text"));
		waitNotice("已答复");
		assertThat(ui.text(By.cssSelector(".reply-entry"))).contains("已进行批评教育").contains("按期");
		ui.checkPage();
		ui.screenshots("console-case-replied");
	}

	@Test
	@Order(2)
	void shouldLetTheTaxpayerTrackAndRateTheReply() {
		assertThat(trackingNumber).as("filed by the first journey").isNotBlank();
		ui.open("#/track?n=" + trackingNumber);
		ui.waitForHeading("投诉查询");
		ui.type(By.id("accessCode"), accessCode);
		ui.submit(By.cssSelector("form.track-form"));
		ui.waitVisible(By.cssSelector(".rating-form"));
		assertThat(ui.text(By.cssSelector(".track-result .reply"))).contains("已进行批评教育");
		assertThat(ui.text(By.cssSelector(".track-result .status"))).contains("已答复");

		// Sent without a grade: the page says so before anything is sent.
		ui.submit(By.cssSelector(".rating-form"));
		assertThat(ui.waitVisible(By.id("grade-error")).getText()).isEqualTo("请选择满意程度");
		browser.findElement(By.id("grade-SATISFIED")).click();
		ui.type(By.id("rating-comment"), "处理及时，态度诚恳。");
		ui.checkPage();
		ui.screenshots("complaint-rating");
		ui.submit(By.cssSelector(".rating-form"));

		assertThat(ui.waitVisible(By.cssSelector(".track-result .notice")).getText()).contains("感谢您的评价，本投诉已办结");
		assertThat(ui.text(By.cssSelector(".track-result .status"))).contains("已办结");
		assertThat(ui.text(By.cssSelector(".rating .rated"))).contains("您的评价：满意");
		assertThat(ui.text(By.cssSelector(".timeline"))).contains("评价：满意").contains("办结");
		assertThat(browser.findElements(By.cssSelector(".rating-form"))).isEmpty();
		ui.checkPage();
		ui.screenshots("complaint-rated");
	}

	@Test
	@Order(3)
	void shouldPushAnOverdueComplaintsWarningToTheSupervisorLiveAndLetThemAcknowledgeIt() throws Exception {
		signIn("supervisor");
		ui.waitForHeading("投诉工作台");
		new WebDriverWait(browser, Browser.WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
				By.cssSelector(".feed-state"), "实时预警已连接"));

		// Recorded from the hotline 20 days ago: overdue at once, so the next scan raises a red warning.
		String overdue = recordOverdueComplaint();
		WebElement item = new WebDriverWait(browser, WARNING_WAIT).until(ExpectedConditions
			.visibilityOfElementLocated(By.cssSelector(".warning-item[data-tracking-number='" + overdue + "']")));
		// Acceptance overdue and red may both come; this one is acknowledged.
		By warning = By.cssSelector(".warning-item[data-warning-id='" + item.getAttribute("data-warning-id") + "']");
		// It came over the stream (the list was read before the complaint existed).
		assertThat(item.getText()).contains("新").containsAnyOf("红色预警", "受理超期");
		ui.checkPage();
		ui.screenshots("console-warnings");

		WebElement form = item.findElement(By.cssSelector("form.ack-form"));
		form.findElement(By.tagName("textarea")).sendKeys("已督促受理部门今日内办理。");
		form.findElement(By.cssSelector("button[type=submit]")).click();
		new WebDriverWait(browser, Browser.WAIT).until(ExpectedConditions.textToBePresentInElementLocated(warning,
				"已由 supervisor"));
		assertThat(browser.findElement(warning).getText()).contains("已督促受理部门今日内办理。");

		// The queue grades it red too, in colour and words.
		ui.open("#/console?overdue=true");
		ui.waitForHeading("投诉工作台");
		assertThat(queueItem(overdue).findElement(By.cssSelector(".urgency")).getText()).contains("红色预警").contains("已超期");
		ui.checkPage();
		ui.screenshots("console-queue-supervisor");

		// The caller gave their name: the case shows it masked; the full identity needs a reason, and is recorded.
		queueItem(overdue).findElement(By.linkText(overdue)).click();
		ui.waitForHeading("热线反映：退税申请久未处理");
		assertThat(ui.text(By.cssSelector(".timeline"))).contains("热线电话").doesNotContain("HOTLINE");
		assertThat(ui.text(By.cssSelector(".facts"))).contains("李*").contains("139****1234");
		ui.submit(By.id("unseal-reason"));
		assertThat(ui.text(By.id("unseal-reason-error"))).isEqualTo("请填写查看理由");
		ui.type(By.id("unseal-reason"), "需电话联系来电人核实退税申请编号。");
		ui.submit(By.id("unseal-reason"));
		ui.waitForText(By.cssSelector(".unseal"), "13912341234");
		assertThat(ui.text(By.cssSelector(".unseal"))).contains("李四").contains("未提供");
		ui.checkPage();
		ui.screenshots("console-case-identity");
	}

	@Test
	@Order(4)
	void shouldShowTheComplaintStatisticsOnTheDashboard() {
		// Reached from the main navigation; not from the home page, whose search figures are gone with search-service.
		ui.open("#/track");
		ui.waitForHeading("投诉查询");
		browser.findElement(By.linkText("透明度看板")).click();
		ui.waitForHeading("透明度看板");
		WebElement tiles = ui.waitVisible(By.cssSelector(".tiles"));
		assertThat(tiles.getText()).contains("收到").contains("按期答复率").contains("满意率");
		assertThat(browser.findElements(By.cssSelector("figure.chart-figure svg[role=img]"))).hasSizeGreaterThanOrEqualTo(4);
		// The rated complaint makes ZSK 100 % satisfied, in the department table and the chart's own table.
		assertThat(ui.text(By.cssSelector("table.data"))).contains("100%");
		WebElement satisfaction = browser.findElement(By.xpath("//figure[figcaption='各部门满意率']"));
		satisfaction.findElement(By.tagName("summary")).click();
		assertThat(satisfaction.findElement(By.tagName("table")).getText()).contains("100%");
		ui.checkPage();
		ui.screenshots("dashboard");

		// A department filter goes into the address and narrows the figures.
		new Select(browser.findElement(By.id("dash-department"))).selectByValue("ZSK");
		ui.submit(By.id("dash-department"));
		new WebDriverWait(browser, Browser.WAIT).until(ExpectedConditions.urlContains("department=ZSK"));
		new WebDriverWait(browser, Browser.WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
				By.cssSelector(".dash-body .summary"), "征收管理科"));
		assertThat(browser.findElements(By.cssSelector("table.data tbody tr"))).hasSize(1);
		ui.checkPage();

		browser.findElement(By.id("lang-switch")).click();
		ui.waitForHeading("Transparency dashboard");
		// The heading comes first; the figures follow when the statistics have loaded again.
		assertThat(ui.waitVisible(By.cssSelector(".tiles")).getText()).contains("Received").contains("Replied on time").contains("Satisfied");
		ui.checkPage();
		ui.screenshots("dashboard-en");
		browser.findElement(By.id("lang-switch")).click();
		ui.waitForHeading("透明度看板");
	}

	@Test
	@Order(5)
	void shouldRenewARunOutSignInAndEndTheSessionOnSignOut() throws Exception {
		signIn("clerk");
		ui.waitForHeading("投诉工作台");
		JsonNode first = ui.staffSession();
		assertThat(first.get("refreshToken").asString()).as("sign-in keeps a refresh token").isNotBlank();
		assertThat(ui.text(By.id("staff-bar"))).contains("工作人员：clerk");

		// The access token has run out (15 minutes, here pretended): the next page renews it first.
		ui.changeStaffSession("s.expiresAt = Date.now() - 1000");
		reloadConsole();
		JsonNode renewed = ui.staffSession();
		assertThat(renewed.get("token").asString()).isNotEqualTo(first.get("token").asString());
		assertThat(renewed.get("refreshToken").asString()).as("rotated").isNotEqualTo(first.get("refreshToken").asString());

		// A token the services refuse although it looks current (e.g. its key was retired): one renewal, one retry.
		ui.changeStaffSession("s.token = s.token.slice(0, -6) + 'AAAAAA'");
		reloadConsole();
		JsonNode retried = ui.staffSession();
		assertThat(retried.get("refreshToken").asString()).isNotEqualTo(renewed.get("refreshToken").asString());
		assertThat(ui.consoleErrors("status of 401")).as("console errors besides the refused token").isEmpty();
		ui.checkPage();

		// Sign-out from the header ends the session at the gateway too: its refresh token is dead.
		browser.findElement(By.xpath("//div[@id='staff-bar']/button[normalize-space()='退出登录']")).click();
		ui.waitVisible(By.id("username"));
		assertThat(ui.staffSession()).isNull();
		assertThat(browser.findElement(By.id("staff-bar")).isDisplayed()).isFalse();
		String refused = send(HttpRequest.newBuilder(URI.create(Platform.GATEWAY + "/api/auth/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=refresh_token&refresh_token="
					+ retried.get("refreshToken").asString())), 400);
		assertThat(JSON.readTree(refused).get("error").asString()).isEqualTo("invalid_grant");
		ui.checkPage();
	}

	/** Opens the console afresh and waits until its queue has loaded (which needs a token the service accepts). */
	private static void reloadConsole() {
		browser.navigate().refresh();
		ui.waitForHeading("投诉工作台");
		ui.waitVisible(By.cssSelector("ol.queue"));
		assertThat(browser.findElements(By.cssSelector("main .error"))).as("errors on the console").isEmpty();
	}

	/** Signs this demo account in and opens the console. */
	private static void signIn(String username) {
		ui.signIn(username);
		browser.findElement(By.linkText("进入投诉工作台")).click();
	}

	private static WebElement queueItem(String number) {
		return new WebDriverWait(browser, Browser.WAIT).until(ExpectedConditions.visibilityOfElementLocated(
				By.xpath("//ol[@class='queue']/li[.//a[normalize-space()='" + number + "']]")));
	}

	private static String waitNotice() {
		return ui.waitVisible(By.cssSelector(".case .notice")).getText();
	}

	/** The notice of a step taken on a page that already shows the notice of an earlier one. */
	private static void waitNotice(String text) {
		ui.waitForText(By.cssSelector(".case .notice"), text);
	}

	private static String recordOverdueComplaint() throws IOException, InterruptedException {
		JsonNode token = JSON.readTree(send(HttpRequest.newBuilder(URI.create(Platform.GATEWAY + "/api/auth/token"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(
					"{\"username\":\"clerk\",\"password\":\"" + Platform.passwordOf("clerk") + "\"}")), 200));
		String receivedAt = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusDays(20).truncatedTo(ChronoUnit.SECONDS).toString();
		String body = """
				{"type":"SERVICE","subject":"热线反映：退税申请久未处理","content":"来电人反映三月提交的退税申请至今没有结果。",
				 "anonymous":false,"name":"李四","phone":"13912341234","channel":"HOTLINE","receivedAt":"%s"}""".formatted(receivedAt);
		JsonNode recorded = JSON.readTree(send(HttpRequest.newBuilder(URI.create(Platform.GATEWAY + "/api/complaints/recorded"))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + token.get("access_token").asString())
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.POST(HttpRequest.BodyPublishers.ofString(body)), 201));
		return recorded.get("trackingNumber").asString();
	}

	private static String send(HttpRequest.Builder request, int expectedStatus) throws IOException, InterruptedException {
		HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as("status of %s: %s", response.uri(), response.body()).isEqualTo(expectedStatus);
		return response.body();
	}

}
