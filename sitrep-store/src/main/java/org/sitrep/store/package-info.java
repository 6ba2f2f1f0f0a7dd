/**
 * The store stage: one schema, versioned migrations, SQLite or PostgreSQL behind JDBC. A document and everything
 * extracted from it are written in one transaction, so a killed process never leaves half a document behind.
 */
package org.sitrep.store;
