package org.sitrep.store;

/** The engines every store test runs on. PostgreSQL runs only where {@link TestDatabase#POSTGRES_ENV} is set. */
enum Engine { SQLITE, POSTGRESQL }
