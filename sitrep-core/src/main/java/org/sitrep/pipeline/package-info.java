/** pipeline: the front door ({@link org.sitrep.pipeline.Sitrep}) and the result types every stage shares. */
package org.sitrep.pipeline;
