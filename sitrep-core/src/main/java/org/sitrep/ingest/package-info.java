/** ingest: bytes in, a {@link org.sitrep.domain.Document} and its {@link org.sitrep.ingest.CleanText} out; never analyses. */
package org.sitrep.ingest;
