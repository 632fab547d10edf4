package org.itaboard.reports.service;

import java.util.Collection;
import java.util.Map;

/** Thumbnails by evidence id, read a batch of rows at a time so a report of thousands of photos streams. */
@FunctionalInterface
interface ThumbnailSource {

    Map<Long, byte[]> load(Collection<Long> evidenceIds);
}
