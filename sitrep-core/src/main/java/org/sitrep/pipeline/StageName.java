package org.sitrep.pipeline;

/** The pipeline's stages, named as the packages are, so a problem says where it arose. */
public enum StageName { INGEST, NLP, EXTRACT, RESOLVE, MERGE, STORE, SERVE }
