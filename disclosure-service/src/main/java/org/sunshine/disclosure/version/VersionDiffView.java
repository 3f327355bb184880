package org.sunshine.disclosure.version;

import java.util.List;

import org.sunshine.disclosure.version.ContentDiff.FieldChange;

/**
 * What changed from the previous public version to this one.
 * @param previousVersion null for the first version (every field is then new)
 */
public record VersionDiffView(String id, int version, Integer previousVersion, List<FieldChange> changes) {
}
