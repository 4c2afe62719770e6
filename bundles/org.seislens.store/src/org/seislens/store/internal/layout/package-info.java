/**
 * The dataset layout contract: the files of a dataset directory, how a directory is recognised as a dataset,
 * validated, created in a hidden temporary sibling and published, and how leftovers of interrupted writes are
 * told and removed.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.seislens.store.internal.layout;
