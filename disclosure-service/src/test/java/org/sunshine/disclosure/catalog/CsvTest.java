package org.sunshine.disclosure.catalog;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sunshine.disclosure.catalog.Csv.NotUtf8Exception;
import org.sunshine.disclosure.catalog.Csv.Record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The import's CSV reading: quoting, line numbers, encodings. */
class CsvTest {

	@Test
	void shouldReadQuotedCommasQuotesAndLineBreaksWithTheLineEachRecordStartsOn() {
		List<Record> records = Csv.parse("编码,名称\r\nXZCF-1,\"甲,乙\"\r\nXZCF-2,\"第一行\n第二行 \"\"引号\"\"\"\nXZCF-3,\n");

		assertThat(records).extracting(Record::line).containsExactly(1, 2, 3, 5);
		assertThat(records.get(1).fields()).containsExactly("XZCF-1", "甲,乙");
		assertThat(records.get(2).fields()).containsExactly("XZCF-2", "第一行\n第二行 \"引号\"");
		assertThat(records.get(3).fields()).containsExactly("XZCF-3", "");
	}

	@Test
	void shouldSkipBlankLinesAndReadALastRecordWithoutLineBreak() {
		List<Record> records = Csv.parse("a,b\n\nc,d");

		assertThat(records).extracting(Record::line).containsExactly(1, 3);
		assertThat(records.get(1).field(1)).isEqualTo("d");
		assertThat(records.get(1).field(7)).isEmpty();
	}

	@Test
	void shouldDropTheByteOrderMarkExcelWrites() throws NotUtf8Exception {
		byte[] withBom = ("\uFEFF编码,名称").getBytes(StandardCharsets.UTF_8);

		assertThat(Csv.decodeUtf8(withBom)).isEqualTo("编码,名称");
	}

	@Test
	void shouldRefuseGbkWithTheOffsetOfTheFirstBadByte() {
		byte[] gbk = "ab编码".getBytes(Charset.forName("GBK"));

		assertThatExceptionOfType(NotUtf8Exception.class).isThrownBy(() -> Csv.decodeUtf8(gbk))
			.satisfies((ex) -> assertThat(ex.offset()).isEqualTo(2));
	}

}
