package org.sitrep.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.sitrep.pipeline.DocResult;
import org.sitrep.pipeline.Problem;
import org.sitrep.pipeline.ProblemCode;

/**
 * Turns the files and directories a user names into {@link Source}s, one per article: plain text
 * ({@code .txt}, passed on as bytes), web pages ({@code .html}, {@code .htm}), JSON records ({@code .json},
 * {@code .jsonl}) and RSS or Atom feeds ({@code .xml}, {@code .rss}, {@code .atom}). Directories are walked
 * recursively in name order, skipping hidden entries and never following a link to a directory, so a walk always
 * ends. Anything that cannot be read becomes a {@link Problem} naming the file ({@code file:line} for a JSON Lines
 * record, {@code file#n} for the n-th element of a JSON array or the n-th feed item) and the next record or file is
 * read; a single article over the byte limit is refused without being read, and containers are streamed with the limit
 * applied per record. A file named explicitly is read even if hidden, and a link named explicitly is followed.
 *
 * <p>The stream is lazy (a file is opened only when the stream reaches it) and holds at most one file open: close the
 * stream (try-with-resources) if you stop before its end. Stateless and safe to share between threads.
 */
public final class InputReader {
  private final int maxBytes;
  private final DocumentReader sizes;
  private final HtmlArticleReader html = new HtmlArticleReader();
  private final JsonArticleReader json;
  private final FeedReader feeds;

  /** A reader with {@link DocumentReader#DEFAULT_MAX_BYTES} per article. */
  public InputReader() { this(DocumentReader.DEFAULT_MAX_BYTES); }

  /** A reader that refuses any article (file or record) over {@code maxBytes}. */
  public InputReader(int maxBytes) {
    this.sizes = new DocumentReader(maxBytes); // validates maxBytes; gives size problems the usual wording
    this.maxBytes = maxBytes;
    this.json = new JsonArticleReader(maxBytes);
    this.feeds = new FeedReader(maxBytes);
  }

  /** Every article in {@code paths}, in order: each path as given, each directory's files sorted by name. */
  public Stream<DocResult<Source>> read(List<Path> paths) {
    Walk walk = new Walk(List.copyOf(paths));
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(walk, Spliterator.ORDERED | Spliterator.NONNULL),
        false).onClose(walk::close);
  }

  /** The results of one regular file, read lazily; the returned stream holds the file open until it is closed. */
  private Stream<DocResult<Source>> readFile(Path file) {
    String name = file.toString();
    Optional<InputFormat> format = InputFormat.of(file);
    if (format.isEmpty()) {
      String what = InputFormat.extension(file).map(e -> "extension ." + e).orElse("no file extension");
      return Stream.of(failed(ProblemCode.UNSUPPORTED, name, what + "; sitrep reads " + InputFormat.supported()));
    }
    try {
      if (format.get().singleArticle) return Stream.of(readArticle(file, name, format.get()));
      InputStream in = new BufferedInputStream(Files.newInputStream(file));
      Stream<DocResult<Source>> records = switch (format.get()) {
        case JSON -> json.readDocument(name, in);
        case JSON_LINES -> json.readLines(name, in);
        case FEED -> feeds.read(name, in);
        case TEXT, HTML -> throw new IllegalStateException("single articles are read whole");
      };
      return records.onClose(() -> close(in));
    } catch (IOException e) {
      return Stream.of(failed(ProblemCode.UNREADABLE, name, describe(e)));
    }
  }

  /** A file that is one article: refused by its size before reading, then read whole (at most the limit). */
  private DocResult<Source> readArticle(Path file, String name, InputFormat format) throws IOException {
    Optional<Problem> tooLarge = sizes.sizeProblem(name, Files.size(file));
    if (tooLarge.isPresent()) return DocResult.failed(tooLarge.get());
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(maxBytes + 1); // the file may have grown since its size was read
    }
    tooLarge = sizes.sizeProblem(name, bytes.length);
    if (tooLarge.isPresent()) return DocResult.failed(tooLarge.get());
    return format == InputFormat.HTML ? html.read(name, bytes) : DocResult.ok(Source.of(name, bytes));
  }

  private static void close(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException("closing an input file", e);
    }
  }

  /** An I/O failure as a user reads it. */
  static String describe(IOException e) {
    if (e instanceof NoSuchFileException) return "no such file or directory";
    if (e instanceof AccessDeniedException) return "permission denied";
    if (e instanceof NotDirectoryException) return "not a directory";
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  private static DocResult<Source> failed(ProblemCode code, String name, String detail) {
    return DocResult.failed(ArticleSources.problem(code, name, detail));
  }

  /** A path still to visit; {@code named} when the user gave it (then a link is followed, as the user asked). */
  private record Entry(Path path, boolean named) {}

  /** A depth-first walk over the paths, holding the current file's results and nothing else open. */
  private final class Walk implements Iterator<DocResult<Source>> {
    private final Deque<Entry> pending = new ArrayDeque<>();
    private Stream<DocResult<Source>> open;
    private Iterator<DocResult<Source>> current;

    Walk(List<Path> paths) {
      paths.forEach(p -> pending.addLast(new Entry(p, true)));
    }

    @Override
    public boolean hasNext() {
      while (current == null || !current.hasNext()) {
        close();
        Entry next = pending.pollFirst();
        if (next == null) return false;
        visit(next);
      }
      return true;
    }

    @Override
    public DocResult<Source> next() {
      if (!hasNext()) throw new NoSuchElementException();
      return current.next();
    }

    void close() {
      Stream<DocResult<Source>> s = open;
      open = null;
      current = null;
      if (s != null) s.close();
    }

    private void visit(Entry entry) {
      Path path = entry.path();
      String name = path.toString();
      BasicFileAttributes attrs;
      try {
        attrs = entry.named() ? Files.readAttributes(path, BasicFileAttributes.class)
            : Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (attrs.isSymbolicLink()) {
          attrs = Files.readAttributes(path, BasicFileAttributes.class);
          if (attrs.isDirectory()) {
            report(ProblemCode.UNSUPPORTED, name, "a symbolic link to a directory; links to directories are not "
                + "followed inside a directory, so that a walk cannot loop (name the target to read it)");
            return;
          }
        }
      } catch (IOException e) {
        report(ProblemCode.UNREADABLE, name, describe(e));
        return;
      }
      if (attrs.isDirectory()) {
        list(entry);
      } else if (attrs.isRegularFile()) {
        start(readFile(path));
      } else {
        report(ProblemCode.UNSUPPORTED, name, "not a regular file or a directory");
      }
    }

    /** Queues a directory's visible entries, sorted by name, ahead of everything else still pending. */
    private void list(Entry dir) {
      List<Path> children = new ArrayList<>();
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir.path())) {
        for (Path child : entries) {
          if (!child.getFileName().toString().startsWith(".")) children.add(child);
        }
      } catch (IOException e) {
        report(ProblemCode.UNREADABLE, dir.path().toString(), describe(e));
        return;
      }
      if (children.isEmpty() && dir.named()) {
        report(ProblemCode.EMPTY, dir.path().toString(), "a directory with no files to read");
        return;
      }
      children.sort(Comparator.comparing(p -> p.getFileName().toString()));
      for (int i = children.size() - 1; i >= 0; i--) pending.addFirst(new Entry(children.get(i), false));
    }

    private void report(ProblemCode code, String name, String detail) {
      start(Stream.of(failed(code, name, detail)));
    }

    private void start(Stream<DocResult<Source>> results) {
      open = results;
      current = results.iterator();
    }
  }
}
