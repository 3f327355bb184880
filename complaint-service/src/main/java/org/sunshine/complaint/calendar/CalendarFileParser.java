package org.sunshine.complaint.calendar;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

import org.sunshine.complaint.calendar.CalendarFileException.Code;
import org.sunshine.complaint.calendar.CalendarFileException.Problem;

/**
 * Reads a holiday calendar file (YAML) into a {@link YearCalendar}, or explains every problem in it.
 *
 * <p>A pure parser, so that the files shipped in {@code calendar/cn-<year>.yml} and a file uploaded by an
 * administrator go through the same checks. The format:
 *
 * <pre>
 * year: 2024
 * holidays:
 *   - { name: 元旦, date: 2024-01-01 }
 *   - { name: 春节, from: 2024-02-10, to: 2024-02-17 }
 * adjustedWorkingDays:
 *   - { date: 2024-02-04, reason: 春节调休 }
 * </pre>
 */
public final class CalendarFileParser {

	/** Far above a real file (about 2 KB); bounds what an upload can make us read. */
	private static final int MAX_CODE_POINTS = 256 * 1024;

	private CalendarFileParser() {
	}

	/**
	 * @param source the file or upload name, used in messages and checked against {@code year} when it
	 *        ends in {@code <year>.yml}
	 * @param in UTF-8 YAML; not closed
	 */
	public static YearCalendar parse(String source, InputStream in) {
		return parse(source, new InputStreamReader(in, StandardCharsets.UTF_8));
	}

	public static YearCalendar parse(String source, String yaml) {
		return parse(source, new StringReader(yaml));
	}

	private static YearCalendar parse(String source, Reader reader) {
		Object root;
		try {
			root = yaml().load(reader);
		}
		catch (MarkedYAMLException ex) {
			String where = (ex.getProblemMark() != null)
					? "line " + (ex.getProblemMark().getLine() + 1) + ", column " + (ex.getProblemMark().getColumn() + 1)
					: "document";
			throw new CalendarFileException(source, List.of(new Problem(where, null, Code.SYNTAX, ex.getProblem())));
		}
		catch (YAMLException ex) {
			throw new CalendarFileException(source, List.of(new Problem("document", null, Code.SYNTAX, ex.getMessage())));
		}
		return new CalendarFileReader(source).read(root);
	}

	/** Safe types only, and dates kept as text: SnakeYAML would otherwise turn them into UTC java.util.Dates. */
	private static Yaml yaml() {
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		options.setMaxAliasesForCollections(10);
		options.setCodePointLimit(MAX_CODE_POINTS);
		Resolver noTimestamps = new Resolver() {
			@Override
			public void addImplicitResolver(Tag tag, Pattern regexp, String first, int limit) {
				if (!Tag.TIMESTAMP.equals(tag)) {
					super.addImplicitResolver(tag, regexp, first, limit);
				}
			}
		};
		DumperOptions dumperOptions = new DumperOptions();
		return new Yaml(new SafeConstructor(options), new Representer(dumperOptions), dumperOptions, options,
				noTimestamps);
	}

}
