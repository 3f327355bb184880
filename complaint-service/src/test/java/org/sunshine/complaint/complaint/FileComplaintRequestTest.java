package org.sunshine.complaint.complaint;

import java.util.Locale;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The request's constraints on their own, with the real Bean Validation provider and English messages. */
class FileComplaintRequestTest {

	private static ValidatorFactory factory;

	private static Validator validator;

	@BeforeAll
	static void createValidator() {
		factory = Validation.byDefaultProvider()
			.configure()
			.messageInterpolator(new EnglishInterpolator(
					Validation.byDefaultProvider().configure().getDefaultMessageInterpolator()))
			.buildValidatorFactory();
		validator = factory.getValidator();
	}

	@AfterAll
	static void closeValidator() {
		factory.close();
	}

	@Test
	void shouldAcceptTheRequestWhenRealNameWithPhoneAndValidIdNumber() {
		assertThat(validator.validate(realName("张测试", "13812345678", ResidentIdNumberFixture.valid(19850615, 37))))
			.isEmpty();
	}

	@Test
	void shouldAcceptTheRequestWhenAnonymousWithoutIdentity() {
		assertThat(validator.validate(anonymous(null, null, null))).isEmpty();
	}

	@Test
	void shouldReportEveryIdentityFieldWhenAnonymousCarriesThem() {
		Set<ConstraintViolation<FileComplaintRequest>> violations = validator
			.validate(anonymous("张测试", "13812345678", ResidentIdNumberFixture.valid(19850615, 37)));

		assertThat(violations).extracting((v) -> v.getPropertyPath().toString())
			.containsExactlyInAnyOrder("name", "phone", "idNumber");
		assertThat(violations).extracting(ConstraintViolation::getMessage)
			.containsOnly("must be empty for an anonymous complaint");
	}

	@Test
	void shouldReportNameAndPhoneWhenRealNameLacksThem() {
		Set<ConstraintViolation<FileComplaintRequest>> violations = validator.validate(realName(" ", null, null));

		assertThat(violations).extracting((v) -> v.getPropertyPath().toString())
			.containsExactlyInAnyOrder("name", "phone");
		assertThat(violations).extracting(ConstraintViolation::getMessage)
			.containsOnly("is required for a real-name complaint");
	}

	@ParameterizedTest(name = "\"{0}\"")
	@ValueSource(strings = { "1381234567", "138123456789", "12812345678", "23812345678", "138-1234-5678",
			"+8613812345678" })
	void shouldReportThePhoneWhenItIsNotAMainlandMobileNumber(String phone) {
		assertThat(validator.validate(realName("张测试", phone, null))).singleElement().satisfies((violation) -> {
			assertThat(violation.getPropertyPath()).hasToString("phone");
			assertThat(violation.getMessage())
				.isEqualTo("must be a mainland mobile number (11 digits starting with 1)");
		});
	}

	@Test
	void shouldReportTheIdNumberWhenItsCheckCharacterIsWrong() {
		assertThat(validator.validate(realName("张测试", "13812345678", ResidentIdNumberFixture.wrongCheck())))
			.singleElement()
			.satisfies((violation) -> assertThat(violation.getPropertyPath()).hasToString("idNumber"));
	}

	@Test
	void shouldReportTheContentWhenItIsLongerThan5000Characters() {
		FileComplaintRequest request = new FileComplaintRequest(ComplaintType.SERVICE, "主题", "诉".repeat(5001), null,
				null, true, null, null, null);

		assertThat(validator.validate(request)).singleElement()
			.satisfies((violation) -> assertThat(violation.getPropertyPath()).hasToString("content"));
		assertThat(validator.validate(new FileComplaintRequest(ComplaintType.SERVICE, "主题", "诉".repeat(5000), null,
				null, true, null, null, null)))
			.isEmpty();
	}

	@Test
	void shouldReportThePowerCodeWhenItIsNotACatalogCode() {
		FileComplaintRequest request = new FileComplaintRequest(ComplaintType.CONDUCT, "主题", "内容", "JCJ",
				"xzcf-1", true, null, null, null);

		assertThat(validator.validate(request)).singleElement()
			.satisfies((violation) -> assertThat(violation.getPropertyPath()).hasToString("powerCode"));
	}

	private static FileComplaintRequest realName(String name, String phone, String idNumber) {
		return new FileComplaintRequest(ComplaintType.CONDUCT, "窗口人员态度恶劣", "办理业务时窗口人员态度恶劣。", "DYFJ",
				"XZCF-0001", false, name, phone, idNumber);
	}

	private static FileComplaintRequest anonymous(String name, String phone, String idNumber) {
		return new FileComplaintRequest(ComplaintType.INTEGRITY_REPORT, "举报", "举报内容。", null, null, true, name, phone,
				idNumber);
	}

	/** Interpolates in English whatever the JVM's locale, so the assertions hold on any machine. */
	private record EnglishInterpolator(jakarta.validation.MessageInterpolator delegate)
			implements jakarta.validation.MessageInterpolator {

		@Override
		public String interpolate(String template, Context context) {
			return this.delegate.interpolate(template, context, Locale.ROOT);
		}

		@Override
		public String interpolate(String template, Context context, Locale locale) {
			return this.delegate.interpolate(template, context, locale);
		}

	}

}
