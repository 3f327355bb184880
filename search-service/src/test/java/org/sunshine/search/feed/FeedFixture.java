package org.sunshine.search.feed;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Feed items as disclosure-service publishes them. */
final class FeedFixture {

	private FeedFixture() {
	}

	static Changes.Item<Changes.Policy> policy(long sequence, String id, long version, String status, String title) {
		return new Changes.Item<>(sequence, id, version, status,
				new Changes.Policy(id, "湘地税发〔2024〕" + sequence + "号", title, "国家税务总局湖南省税务局", "优惠政策",
						LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 1), null,
						"REPEALED".equals(status) ? "REPEALED" : "VALID", "正文：" + title, version,
						OffsetDateTime.parse("2024-03-02T10:00:00+08:00")));
	}

	static Changes.Item<Changes.Power> power(long sequence, String code, long version, String status) {
		return new Changes.Item<>(sequence, code, version, status,
				new Changes.Power(code, "对未按期申报的处罚", new Changes.Named("XZCF", "行政处罚"), "逾期申报",
						List.of(new Changes.LegalBasis("中华人民共和国税收征收管理法", "第六十二条", "未按照规定的期限办理纳税申报")),
						List.of(new Changes.Step(1, "立案", "稽查局", 1)), "纳税人逾期申报", List.of("责令限期改正通知书"),
						"不收费", null, new Changes.Named("JCJ", "稽查局"), "稽查科", "0731-12366",
						new Changes.Risk("HIGH", "自由裁量权过大", "集体审议", "纪检组"), version, status,
						OffsetDateTime.parse("2024-12-31T23:30:00+08:00")));
	}
}
