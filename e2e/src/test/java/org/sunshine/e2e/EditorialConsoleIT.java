package org.sunshine.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff side of disclosure in a real browser: an editor drafts a power item and submits it, a
 * reviewer approves it in the first-review queue (审核), a different confidentiality reviewer approves it
 * in the second queue (保密审查), and the public catalog shows it; an administrator reads the SMS log.
 */
@ExtendWith(PlatformExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(1)
class EditorialConsoleIT {

	/** A code of its own per run, so a rerun on the same data directory never collides. */
	private static final String CODE = "XZJL-" + (7000 + (int) (System.currentTimeMillis() % 2000));

	private static final String NAME = "纳税信用A级纳税人公开表扬（浏览器测试）";

	private static Browser ui;

	@BeforeAll
	static void openBrowser() throws IOException {
		ui = Browser.open();
	}

	@AfterAll
	static void closeBrowser() {
		if (ui != null) {
			ui.close();
		}
	}

	@Test
	@Order(1)
	void shouldLetAnEditorDraftAndSubmitAPowerItem() {
		ui.signIn("editor");
		ui.driver().findElement(By.linkText("我的草稿")).click();
		ui.waitForHeading("公开信息编辑");
		ui.driver().findElement(By.linkText("新建权力事项")).click();
		ui.waitForHeading("新建权力事项");
		ui.waitVisible(By.cssSelector("form.draft-form"));

		// Sent empty: checked in the browser, field by field, in Chinese.
		ui.submit(By.cssSelector("form.draft-form"));
		ui.waitVisible(By.cssSelector(".error-summary"));
		assertThat(ui.text(By.id("ed-code-error"))).contains("XZJL-0101");
		assertThat(ui.text(By.id("ed-name-error"))).isEqualTo("不能为空");
		assertThat(ui.text(By.id("ed-risk-level-error"))).isEqualTo("请选择");
		assertThat(ui.driver().findElement(By.id("ed-name")).getAttribute("aria-invalid")).isEqualTo("true");

		// A code already in the catalog passes the browser's checks; the server's answer lands on the field.
		fillPowerItem("XZJL-0001");
		ui.submit(By.cssSelector("form.draft-form"));
		WebElement codeError = ui.waitVisible(By.id("ed-code-error"));
		assertThat(codeError.getText()).contains("XZJL-0001");
		assertThat(ui.consoleErrors("status of 422")).isEmpty();
		ui.checkPage();
		ui.screenshots("editorial-power-form");

		ui.type(By.id("ed-code"), CODE);
		ui.submit(By.cssSelector("form.draft-form"));
		ui.waitForHeading("编辑草稿");
		ui.waitForText(By.cssSelector(".status-line"), "草稿已保存");
		ui.waitVisible(By.cssSelector("button.submit-review"));
		ui.waitForText(By.cssSelector(".history"), "新建草稿");
		assertThat(ui.text(By.cssSelector(".meta"))).contains(CODE).contains("草稿").contains("editor");
		assertThat(ui.driver().findElement(By.id("ed-code")).getAttribute("readonly")).isNotNull();

		ui.driver().findElement(By.cssSelector("button.submit-review")).click();
		ui.waitForText(By.cssSelector(".meta .state"), "待审核");
		assertThat(ui.text(By.id("main"))).contains("已提交，等待审核");
		ui.driver().findElement(By.linkText("我的草稿")).click();
		ui.waitForHeading("公开信息编辑");
		ui.waitForText(By.cssSelector(".my-drafts"), NAME);
		ui.checkPage();
		ui.screenshots("editorial-my-drafts");
	}

	@Test
	@Order(2)
	void shouldLetAReviewerApproveItInTheFirstReviewQueue() {
		ui.signIn("reviewer");
		assertThat(ui.driver().findElements(By.linkText("我的草稿"))).isEmpty();
		ui.driver().findElement(By.linkText("审核队列")).click();
		ui.waitForHeading("审核队列");
		ui.waitVisible(By.linkText(NAME)).click();
		ui.waitForHeading("审查");
		ui.waitForText(By.cssSelector(".history"), "提交审核");
		assertThat(ui.text(By.cssSelector(".diff"))).contains("首次公开").contains("事项名称").contains(NAME);
		ui.checkPage();
		ui.screenshots("review-first");

		// Returning needs a reason; the browser says so before anything is sent.
		ui.driver().findElement(By.id("decision-return")).click();
		ui.submit(By.cssSelector("form.decision"));
		assertThat(ui.waitVisible(By.id("reason-error")).getText()).isEqualTo("退回时请填写理由");
		ui.driver().findElement(By.id("decision-approve")).click();
		ui.type(By.id("reason"), "内容准确，同意公开。");
		ui.submit(By.cssSelector("form.decision"));
		ui.waitForText(By.cssSelector(".outcome"), "审核已通过，已转保密审查");
		ui.checkPage();
	}

	@Test
	@Order(3)
	void shouldPublishItWhenAnotherPersonApprovesTheConfidentialityReview() {
		ui.signIn("secrecy");
		ui.driver().findElement(By.linkText("保密审查队列")).click();
		ui.waitForHeading("保密审查队列");
		ui.waitVisible(By.linkText(NAME)).click();
		ui.waitForHeading("审查");
		ui.waitForText(By.cssSelector(".history"), "审核通过");
		assertThat(ui.text(By.cssSelector(".meta"))).contains("审核人：reviewer");
		assertThat(ui.text(By.cssSelector(".history"))).contains("审核通过").contains("内容准确，同意公开。");
		ui.checkPage();
		ui.screenshots("review-secrecy");
		ui.submit(By.cssSelector("form.decision"));
		ui.waitForText(By.cssSelector(".outcome"), "内容已发布");

		ui.driver().findElement(By.linkText("查看公开页面")).click();
		ui.waitForHeading(NAME);
		assertThat(ui.text(By.id("main"))).contains(CODE).contains("行政奖励").contains("纳税服务科").contains("低风险")
			.contains("第 1 版");
		ui.checkPage();
		ui.screenshots("editorial-published");

		ui.open("#/powers?category=XZJL&q=" + "浏览器测试");
		ui.waitVisible(By.linkText(NAME));
	}

	@Test
	@Order(4)
	void shouldShowAnAdministratorTheSmsLogWithMaskedNumbers() throws Exception {
		fileNamedComplaint();
		ui.signIn("admin");
		ui.driver().findElement(By.linkText("短信日志")).click();
		ui.waitForHeading("短信日志");
		// The receipt is sent through complaint-service's outbox; reload until the log lists it.
		new WebDriverWait(ui.driver(), Duration.ofSeconds(60)).pollingEvery(Duration.ofSeconds(2)).until((driver) -> {
			if (!driver.findElements(By.cssSelector("table.sms tbody tr")).isEmpty()) {
				return true;
			}
			driver.navigate().refresh();
			return false;
		});
		String phone = ui.text(By.cssSelector("table.sms tbody tr td.phone"));
		assertThat(phone).matches("1\\d{2}\\*{4}\\d{4}");
		assertThat(ui.text(By.cssSelector(".sms-stats"))).contains("短信条数").contains("按模板");
		new Select(ui.driver().findElement(By.id("sms-status"))).selectByValue("FAILED");
		ui.submit(By.cssSelector("form.sms-filters"));
		new WebDriverWait(ui.driver(), Browser.WAIT)
			.until((driver) -> driver.getCurrentUrl().contains("status=FAILED"));
		ui.open("#/sms");
		ui.waitVisible(By.cssSelector("table.sms"));
		ui.checkPage();
		ui.screenshots("sms-log");
	}

	@Test
	@Order(5)
	void shouldLetAnEditorDraftAPolicyWithTheServersAnswerOnTheDocNumber() {
		ui.signIn("editor");
		ui.open("#/editorial/new/policy");
		ui.waitForHeading("新建政策文件");
		ui.waitVisible(By.cssSelector("form.draft-form"));
		ui.type(By.id("ed-title"), "关于做好2026年度个人所得税综合所得汇算清缴工作的通知（浏览器测试）");
		// A number the seeded catalog already has, written with other brackets: the server refuses it on its field.
		ui.type(By.id("ed-docNumber"), "国家税务总局公告2023年第6号");
		// Date inputs take typed text by the browser's locale; set them as a script would.
		ui.driver().executeScript("""
				document.getElementById('ed-issuedOn').value = '2026-02-10';
				document.getElementById('ed-effectiveOn').value = '2026-03-01';""");
		new Select(ui.driver().findElement(By.id("ed-category"))).selectByValue("办税指南");
		ui.type(By.id("ed-body"), "一、汇算时间。\n二、办理方式。");
		ui.submit(By.cssSelector("form.draft-form"));
		assertThat(ui.waitVisible(By.id("ed-docNumber-error")).getText()).contains("国家税务总局公告2023年第6号");
		assertThat(ui.consoleErrors("status of 422")).isEmpty();
		ui.checkPage();
		ui.screenshots("editorial-policy-form");

		String docNumber = "湘中税函〔2026〕" + (100 + System.currentTimeMillis() % 800) + "号";
		ui.type(By.id("ed-docNumber"), docNumber);
		// Scheduled publication: a time already past is refused on its field; a coming one is kept with the draft.
		ui.driver().executeScript("document.getElementById('ed-publishAt').value = '2020-01-01T09:00';");
		ui.submit(By.cssSelector("form.draft-form"));
		assertThat(ui.waitVisible(By.id("ed-publishAt-error")).getText()).isEqualTo("须晚于当前时间");
		String publishAt = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(3).withHour(9).withMinute(30)
			.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
		ui.driver().executeScript("document.getElementById('ed-publishAt').value = arguments[0];", publishAt);
		ui.submit(By.cssSelector("form.draft-form"));
		ui.waitForHeading("编辑草稿");
		ui.waitForText(By.cssSelector(".history"), "新建草稿");
		assertThat(ui.driver().findElement(By.id("ed-docNumber")).getAttribute("value")).isEqualTo(docNumber);
		assertThat(ui.driver().findElement(By.id("ed-publishAt")).getAttribute("value")).isEqualTo(publishAt);
		assertThat(ui.text(By.cssSelector(".meta"))).contains("政策文件").contains("草稿");
		ui.checkPage();
	}

	private static void fillPowerItem(String code) {
		ui.type(By.id("ed-code"), code);
		ui.type(By.id("ed-name"), NAME);
		new Select(ui.driver().findElement(By.id("ed-category-code"))).selectByValue("XZJL");
		ui.type(By.id("ed-subItem"), "纳税信用表扬");
		new Select(ui.driver().findElement(By.id("ed-department-code"))).selectByValue("NSFWK");
		ui.type(By.id("ed-responsiblePost"), "纳税服务科信用管理岗");
		ui.type(By.id("ed-supervisionPhone"), "0738-1236603");
		ui.type(By.id("ed-legalBasis-0-law"), "纳税信用管理办法（试行）");
		ui.type(By.id("ed-legalBasis-0-article"), "第二十九条");
		ui.type(By.id("ed-legalBasis-0-text"), "对纳税信用评价为A级的纳税人，税务机关予以激励。");
		ui.type(By.id("ed-steps-0-name"), "评价");
		ui.type(By.id("ed-steps-0-post"), "纳税服务科信用管理岗");
		ui.type(By.id("ed-steps-0-timeLimitDays"), "5");
		ui.driver().findElement(By.xpath("//button[contains(., '增加一个办理环节')]")).click();
		ui.type(By.id("ed-steps-1-name"), "公布");
		ui.type(By.id("ed-statutoryLimit-days"), "30");
		ui.type(By.id("ed-committedLimit-days"), "10");
		ui.type(By.id("ed-materials"), "无需提交材料");
		new Select(ui.driver().findElement(By.id("ed-risk-level"))).selectByValue("LOW");
		ui.type(By.id("ed-risk-description"), "评价标准执行不一致。");
		ui.type(By.id("ed-risk-controls"), "系统自动评价，人工复核留痕。");
	}

	@Test
	@Order(6)
	void shouldRepealThePublishedItemWithAReasonAfterAskingOnceMore() {
		ui.signIn("editor");
		ui.open("#/editorial");
		ui.waitForHeading("公开信息编辑");
		new Select(ui.driver().findElement(By.id("repeal-kind"))).selectByValue("power");
		ui.type(By.id("repeal-id"), CODE);
		ui.submit(By.id("repeal-id"));
		assertThat(ui.text(By.id("repeal-reason-error"))).isEqualTo("请填写废止理由");
		ui.type(By.id("repeal-reason"), "上级机关已取消该表扬事项。");
		ui.submit(By.id("repeal-id"));
		assertThat(ui.waitVisible(By.id("repeal-question")).getText()).contains(CODE).contains("不能撤销");
		ui.checkPage();
		ui.screenshots("editorial-repeal");
		ui.driver().findElement(By.xpath("//button[normalize-space()='确认废止']")).click();
		ui.waitForText(By.cssSelector(".notice"), CODE + " 已废止");

		ui.driver().findElement(By.linkText("查看公开页面")).click();
		ui.waitForHeading(NAME);
		// Still readable, marked repealed, as a new version.
		assertThat(ui.text(By.id("main"))).contains("已取消").contains("第 2 版");
		ui.checkPage();
	}

	/** A named complaint, so complaint-service sends an SMS receipt the log can show. */
	private static void fileNamedComplaint() throws Exception {
		String body = """
				{"type":"SERVICE","subject":"短信日志测试","content":"办税服务厅窗口开放不足，等候时间过长。",
				 "anonymous":false,"name":"李四","phone":"13900139000"}""";
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(Platform.GATEWAY + "/api/complaints"))
				.timeout(Browser.WAIT)
				.header("Content-Type", "application/json")
				.header("Idempotency-Key", UUID.randomUUID().toString())
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
	}

}
