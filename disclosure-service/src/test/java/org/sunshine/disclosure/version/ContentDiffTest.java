package org.sunshine.disclosure.version;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sunshine.disclosure.version.ContentDiff.FieldChange;
import org.sunshine.disclosure.version.LineDiff.Line;
import org.sunshine.disclosure.version.LineDiff.Op;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Field-by-field and line-by-line differences between two versions' public views. */
class ContentDiffTest {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void shouldListOnlyTheChangedFieldsWithBeforeAndAfter() {
		JsonNode before = this.json.readTree("{\"name\":\"甲\",\"fees\":\"不收费\",\"steps\":[1,2]}");
		JsonNode after = this.json.readTree("{\"name\":\"乙\",\"fees\":\"不收费\",\"steps\":[1,2,3]}");

		List<FieldChange> changes = ContentDiff.between(before, after);

		assertThat(changes).extracting(FieldChange::field).containsExactly("name", "steps");
		assertThat(changes.get(0).before().asString()).isEqualTo("甲");
		assertThat(changes.get(0).after().asString()).isEqualTo("乙");
		assertThat(changes.get(1).after().size()).isEqualTo(3);
	}

	@Test
	void shouldReportAddedAndRemovedFieldsAndTreatNullAsAbsent() {
		JsonNode before = this.json.readTree("{\"feeBasis\":null,\"old\":\"x\"}");
		JsonNode after = this.json.readTree("{\"feeBasis\":null,\"added\":\"y\"}");

		List<FieldChange> changes = ContentDiff.between(before, after);

		assertThat(changes).extracting(FieldChange::field).containsExactly("added", "old");
		assertThat(changes.get(0).before()).isNull();
		assertThat(changes.get(1).after()).isNull();
	}

	@Test
	void shouldReportEveryFieldAsNewWhenThereIsNoPreviousVersion() {
		JsonNode after = this.json.readTree("{\"a\":1,\"b\":\"x\"}");

		assertThat(ContentDiff.between(null, after)).extracting(FieldChange::field).containsExactly("a", "b");
	}

	@Test
	void shouldGiveALineDiffForLongText() {
		JsonNode before = this.json.readTree("{\"body\":\"一、总则\\n二、旧条款\\n三、附则\"}");
		JsonNode after = this.json.readTree("{\"body\":\"一、总则\\n二、新条款\\n三、附则\\n四、施行日期\"}");

		FieldChange body = ContentDiff.between(before, after).getFirst();

		assertThat(body.before()).isNull();
		assertThat(body.lines()).containsExactly(new Line(Op.ADDED, 2, "二、新条款"), new Line(Op.REMOVED, 2, "二、旧条款"),
				new Line(Op.ADDED, 4, "四、施行日期"));
	}

	@Test
	void shouldReturnNothingForEqualTexts() {
		assertThat(LineDiff.of("a\nb", "a\nb")).isEmpty();
		assertThat(LineDiff.of("", "a")).containsExactly(new Line(Op.ADDED, 1, "a"));
		assertThat(LineDiff.of("a", "")).containsExactly(new Line(Op.REMOVED, 1, "a"));
	}

}
