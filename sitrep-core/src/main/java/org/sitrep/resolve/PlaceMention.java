package org.sitrep.resolve;

import org.sitrep.domain.Evidence;

public record PlaceMention(String text, Evidence evidence) {}
