package org.sunshine.search.query;

import java.time.LocalDate;
import java.util.List;

import org.sunshine.search.index.DocumentType;
import org.sunshine.search.index.SearchDocument;
import org.sunshine.search.index.Validity;

/** Ten published policies and one power item, worded like the bureau's own documents. */
final class PolicyFixture {

	static final String MOF_STA = "财政部 税务总局";

	private PolicyFixture() {
	}

	static List<SearchDocument> documents() {
		return List.of(
				policy("p-01", "关于实施小微企业普惠性税收减免政策的通知", "财税〔2019〕13号", MOF_STA, "优惠政策", "2019-01-17",
						Validity.VALID, "为贯彻落实党中央、国务院决策部署，进一步支持小微企业发展，现就实施小微企业普惠性税收减免政策通知如下："
								+ "对月销售额10万元以下（含本数）的增值税小规模纳税人，免征增值税。"),
				policy("p-02", "关于进一步实施小微企业所得税优惠政策的公告", "财政部 税务总局公告2022年第13号", MOF_STA, "优惠政策",
						"2022-03-14", Validity.VALID, "为进一步支持小微企业发展，现将有关税收政策公告如下：对小型微利企业年应纳税所得额超过100万元"
								+ "但不超过300万元的部分，减按25%计入应纳税所得额，按20%的税率缴纳企业所得税。"),
				policy("p-03", "关于小型微利企业所得税优惠政策的公告", "国家税务总局公告2023年第6号", "国家税务总局", "优惠政策",
						"2023-03-26", Validity.VALID, "对小型微利企业年应纳税所得额不超过100万元的部分，减按25%计入应纳税所得额，"
								+ "按20%的税率缴纳企业所得税。本公告执行期限为2023年1月1日至2024年12月31日。"),
				policy("p-04", "关于增值税小规模纳税人减免增值税政策的公告", "财政部 税务总局公告2023年第19号", MOF_STA, "优惠政策",
						"2023-08-01", Validity.VALID, "对月销售额10万元以下（含本数）的增值税小规模纳税人，免征增值税。"
								+ "增值税小规模纳税人适用3%征收率的应税销售收入，减按1%征收率征收增值税。"),
				policy("p-05", "个人所得税专项附加扣除暂行办法", "国发〔2018〕41号", "国务院", "最新法规", "2018-12-13",
						Validity.VALID, "本办法所称个人所得税专项附加扣除，是指个人所得税法规定的子女教育、继续教育、大病医疗、"
								+ "住房贷款利息或者住房租金、赡养老人等6项专项附加扣除。"),
				policy("p-06", "关于进一步完善研发费用税前加计扣除政策的公告", "财政部 税务总局公告2023年第7号", MOF_STA, "优惠政策",
						"2023-03-26", Validity.VALID, "企业开展研发活动中实际发生的研发费用，未形成无形资产计入当期损益的，"
								+ "在按规定据实扣除的基础上，自2023年1月1日起，再按照实际发生额的100%在税前加计扣除。"),
				policy("p-07", "关于加强政务公开工作的通知", "湘地税发〔2009〕18号", "湖南省地方税务局", "最新法规", "2009-05-10",
						Validity.REPEALED, "政务公开是依法行政的要求。各单位要把政务公开作为重要工作，健全政务公开制度，"
								+ "丰富政务公开形式，做到政务公开常态化，接受纳税人对政务公开的监督。"),
				policy("p-08", "关于加强政务公开工作的通知", "湘税发〔2021〕5号", "国家税务总局湖南省税务局", "最新法规", "2021-04-02",
						Validity.VALID, "各单位要按照规定公开办税事项，接受社会监督。"),
				policy("p-09", "<script>alert('x')</script>小微企业税费优惠指引", "税总办发〔2024〕1号", "国家税务总局办公厅", "办税指南",
						"2024-01-10", Validity.VALID, "本指引汇总了支持小微企业发展的税费优惠政策，便于纳税人查询。"),
				policy("p-10", "关于发票开具的常见问题解答", "湘税问〔2024〕3号", "国家税务总局湖南省税务局", "问题解答", "2024-05-20",
						Validity.VALID, "问：纳税人如何开具数电发票？答：纳税人可通过电子发票服务平台开具发票。"),
				SearchDocument.of(DocumentType.POWER, "XZCF-0001", 1, "对纳税人未按照规定期限办理纳税申报的处罚", "XZCF-0001",
						"稽查局", "行政处罚", LocalDate.parse("2024-02-01"), Validity.VALID, "HIGH",
						"中华人民共和国税收征收管理法 第六十二条 纳税人未按照规定的期限办理纳税申报和报送纳税资料的，由税务机关责令限期改正。"));
	}

	private static SearchDocument policy(String id, String title, String docNumber, String issuer, String category,
			String date, Validity validity, String body) {
		return SearchDocument.of(DocumentType.POLICY, id, 1, title, docNumber, issuer, category, LocalDate.parse(date),
				validity, null, body);
	}
}
