package org.sunshine.disclosure.version;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff by longest common subsequence, the shape readers know from {@code diff}: kept lines
 * are left out, so the result lists only removed and added lines with their line numbers.
 */
public final class LineDiff {

	private static final long MAX_CELLS = 4_000_000;

	private LineDiff() {
	}

	public static List<Line> of(String before, String after) {
		String[] a = before.isEmpty() ? new String[0] : before.split("\n", -1);
		String[] b = after.isEmpty() ? new String[0] : after.split("\n", -1);
		if ((long) a.length * b.length > MAX_CELLS) {
			// Too large to align line by line: report the old text removed and the new one added.
			return wholesale(a, b);
		}
		int[][] common = new int[a.length + 1][b.length + 1];
		for (int i = a.length - 1; i >= 0; i--) {
			for (int j = b.length - 1; j >= 0; j--) {
				common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1
						: Math.max(common[i + 1][j], common[i][j + 1]);
			}
		}
		List<Line> lines = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < a.length || j < b.length) {
			if (i < a.length && j < b.length && a[i].equals(b[j])) {
				i++;
				j++;
			}
			else if (j < b.length && (i == a.length || common[i][j + 1] >= common[i + 1][j])) {
				lines.add(new Line(Op.ADDED, j + 1, b[j]));
				j++;
			}
			else {
				lines.add(new Line(Op.REMOVED, i + 1, a[i]));
				i++;
			}
		}
		return lines;
	}

	private static List<Line> wholesale(String[] a, String[] b) {
		List<Line> lines = new ArrayList<>();
		for (int i = 0; i < a.length; i++) {
			lines.add(new Line(Op.REMOVED, i + 1, a[i]));
		}
		for (int j = 0; j < b.length; j++) {
			lines.add(new Line(Op.ADDED, j + 1, b[j]));
		}
		return lines;
	}

	public enum Op {

		REMOVED, ADDED

	}

	/**
	 * @param op removed from the old text or added in the new one
	 * @param number the line's number in the old text (removed) or the new one (added)
	 * @param text the line
	 */
	public record Line(Op op, int number, String text) {
	}

}
