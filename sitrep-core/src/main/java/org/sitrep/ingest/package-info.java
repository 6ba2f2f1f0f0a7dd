/**
 * ingest: files, web pages, JSON records and feeds in, {@link org.sitrep.ingest.Source}s out
 * ({@link org.sitrep.ingest.InputReader}); a Source's bytes in, a {@link org.sitrep.domain.Document} and its
 * {@link org.sitrep.ingest.CleanText} out. Reads and cleans; never analyses.
 */
package org.sitrep.ingest;
