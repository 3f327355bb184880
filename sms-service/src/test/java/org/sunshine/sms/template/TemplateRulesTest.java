package org.sunshine.sms.template;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateRulesTest {

	@Test
	void shouldAcceptBodyWhenItStartsWithSignatureAndHasWellFormedPlaceholders() {
		assertThat(TemplateRules.check("【阳光税务】您的验证码为{code}。")).isEmpty();
	}

	@Test
	void shouldRejectBodyWhenSignatureIsMissingOrBracesAreStray() {
		assertThat(TemplateRules.check("您的验证码为{code}。")).singleElement().asString().contains("signature");
		assertThat(TemplateRules.check("【阳光税务】您的验证码为{code。")).singleElement().asString().contains("placeholders");
		assertThat(TemplateRules.check(" ")).containsExactly("body is empty");
		assertThat(TemplateRules.check("【阳光税务】" + "长".repeat(TemplateRules.MAX_BODY_LENGTH))).singleElement()
			.asString()
			.contains("longer");
	}

	@Test
	void shouldLoadEveryShippedTemplateWhenSeedFileIsValid() {
		List<TemplateSeed> seeds = TemplateSeeder.load(new ClassPathResource("templates.yml"));

		assertThat(seeds).extracting(TemplateSeed::code)
			.containsExactly("COMPLAINT_RECEIVED", "COMPLAINT_REPLIED", "WARNING_BLUE", "WARNING_YELLOW", "WARNING_RED",
					"ONE_TIME_CODE");
		assertThat(seeds).filteredOn((seed) -> seed.code().equals("COMPLAINT_RECEIVED"))
			.singleElement()
			.satisfies((seed) -> assertThat(seed.body())
				.isEqualTo("【阳光税务】您的投诉{trackingNumber}已受理，请于{dueDate}前留意答复。"));
		assertThat(seeds).filteredOn((seed) -> seed.kind() == TemplateKind.ONE_TIME_CODE)
			.singleElement()
			.satisfies((seed) -> assertThat(seed.essential()).isTrue());
	}

}
