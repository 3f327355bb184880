package org.sunshine.sms.template;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateRendererTest {

	private static final String RECEIVED = "【阳光税务】您的投诉{trackingNumber}已受理，请于{dueDate}前留意答复。";

	@Test
	void shouldFillEveryPlaceholderWhenAllParametersAreGiven() {
		TemplateRenderer.Rendering rendering = TemplateRenderer.render(RECEIVED,
				Map.of("trackingNumber", "TS2026-000123", "dueDate", "2026年12月1日"));

		assertThat(rendering.ok()).isTrue();
		assertThat(rendering.text()).isEqualTo("【阳光税务】您的投诉TS2026-000123已受理，请于2026年12月1日前留意答复。");
	}

	@Test
	void shouldListPlaceholdersInOrderWhenBodyRepeatsOne() {
		assertThat(TemplateRenderer.placeholders("【x】{a}{b}{a}")).containsExactly("a", "b");
	}

	@Test
	void shouldReportMissingParameterWhenOneIsAbsentOrBlank() {
		TemplateRenderer.Rendering rendering = TemplateRenderer.render(RECEIVED, Map.of("trackingNumber", " "));

		assertThat(rendering.ok()).isFalse();
		assertThat(rendering.problems()).containsExactly("missing:dueDate", "missing:trackingNumber");
	}

	@Test
	void shouldReportUnknownParameterWhenTemplateHasNoSuchPlaceholder() {
		TemplateRenderer.Rendering rendering = TemplateRenderer.render(RECEIVED,
				Map.of("trackingNumber", "T1", "dueDate", "明天", "name", "张三"));

		assertThat(rendering.ok()).isFalse();
		assertThat(rendering.problems()).containsExactly("unknown:name");
	}

	@Test
	void shouldRejectValueWhenItCouldInjectPlaceholderOrLineOrIsTooLong() {
		TemplateRenderer.Rendering rendering = TemplateRenderer.render("【x】{a}{b}{c}",
				Map.of("a", "{b}", "b", "第一行\n第二行", "c", "长".repeat(TemplateRenderer.MAX_VALUE_LENGTH + 1)));

		assertThat(rendering.problems()).containsExactly("invalid:a", "invalid:b", "invalid:c");
	}

	@Test
	void shouldInsertValueLiterallyWhenItContainsRegexSpecials() {
		assertThat(TemplateRenderer.render("【x】金额{amount}", Map.of("amount", "$1\\2")).text()).isEqualTo("【x】金额$1\\2");
	}

}
