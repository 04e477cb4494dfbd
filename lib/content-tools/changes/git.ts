import { execFileSync } from "node:child_process";
import { realpathSync } from "node:fs";
import path from "node:path";

/** A git problem the user has to fix (no repository, unknown base): the CLI prints the message, no stack. */
export class GitError extends Error {}

export type ResolvedBase = {
  /** What the user asked for (or the default that was found), e.g. "origin/main". */
  ref: string;
  /** The commit the working tree is compared with: the fork point when `ref` is a branch. */
  commit: string;
};

export type FileStatus = "added" | "modified" | "deleted";
/** `path` is relative to the repository root, with forward slashes (as git prints it). */
export type ChangedPath = { path: string; status: FileStatus };

// The "big" reads (file bodies) can exceed execFileSync's 1 MB default.
const MAX_BUFFER = 256 * 1024 * 1024;

function git(cwd: string, args: string[]): string {
  return execFileSync("git", args, {
    cwd,
    encoding: "utf8",
    maxBuffer: MAX_BUFFER,
    stdio: ["ignore", "pipe", "pipe"],
    // A report must never take the index lock: an editor or another git command may be running beside it.
    env: { ...process.env, GIT_OPTIONAL_LOCKS: "0" },
  });
}

function tryGit(cwd: string, args: string[]): string | undefined {
  try {
    return git(cwd, args);
  } catch {
    return undefined;
  }
}

/** The top of the repository that holds `cwd`; a GitError when there is none (or git is not installed). */
export function repositoryRoot(cwd: string): string {
  const top = tryGit(cwd, ["rev-parse", "--show-toplevel"])?.trim();
  if (!top) throw new GitError(`${cwd} is not inside a git repository: --changed compares the content with a git base`);
  return realpathSync(top);
}

const commitOf = (top: string, ref: string) =>
  tryGit(top, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`])?.trim() || undefined;

/**
 * Finds the commit to compare with. Without a request: origin/main, else main (a fresh clone has the first, a
 * local-only repository the second). A branch is replaced by its merge base with HEAD, so a pull request is
 * compared with where it forked and not with commits that landed on main since; a tag or a commit is used as is.
 */
export function resolveBase(top: string, requested?: string): ResolvedBase {
  // A base is handed to git as an argument: one that looks like an option is refused rather than obeyed. (Not
  // --end-of-options: git 2.39's `rev-parse --symbolic-full-name` prints it back instead of honouring it.)
  if (requested?.startsWith("-"))
    throw new GitError(`the base "${requested}" looks like an option, not a branch or commit`);
  const candidates = requested ? [requested] : ["origin/main", "main"];
  const ref = candidates.find((c) => commitOf(top, c));
  if (!ref) {
    throw new GitError(
      requested
        ? `the base "${requested}" is not a branch, tag or commit in this repository`
        : "neither origin/main nor main exists: name the base, e.g. --changed origin/develop",
    );
  }
  const commit = commitOf(top, ref)!;
  const full = tryGit(top, ["rev-parse", "--symbolic-full-name", ref])?.trim() ?? "";
  const isBranch = full.startsWith("refs/heads/") || full.startsWith("refs/remotes/");
  if (!isBranch) return { ref, commit };
  if (!commitOf(top, "HEAD"))
    throw new GitError("HEAD has no commit yet: commit something before comparing with a base");
  const forkPoint = tryGit(top, ["merge-base", commit, "HEAD"])?.trim();
  if (forkPoint) return { ref, commit: forkPoint };
  // A shallow clone (CI's default) often lacks the fork point: comparing with the tip instead would show every
  // commit that landed on the base since as reverted by this branch, so refuse rather than mislead.
  if (tryGit(top, ["rev-parse", "--is-shallow-repository"])?.trim() === "true") {
    throw new GitError(
      `no common ancestor of ${ref} and HEAD in this shallow clone: fetch more history (git fetch --unshallow)`,
    );
  }
  // Unrelated histories: the branch tip is the only sensible base left.
  return { ref, commit };
}

const splitZ = (out: string) => out.split("\0").filter(Boolean);

/**
 * The files under `pathspec` that differ between `commit` and the working tree: committed, staged, unstaged
 * and untracked alike, since a contributor runs this before committing. Renames are split into a deletion and
 * an addition on purpose: ids, not paths, decide what moved.
 */
export function changedPaths(top: string, commit: string, pathspec: string): ChangedPath[] {
  const out = new Map<string, FileStatus>();
  const diff = splitZ(
    git(top, ["diff", "--name-status", "-z", "--no-renames", "--no-ext-diff", commit, "--", pathspec]),
  );
  for (let i = 0; i + 1 < diff.length; i += 2) {
    const code = diff[i]!;
    out.set(diff[i + 1]!, code === "A" ? "added" : code === "D" ? "deleted" : "modified");
  }
  for (const p of splitZ(git(top, ["ls-files", "--others", "--exclude-standard", "-z", "--", pathspec])))
    out.set(p, "added");
  return [...out].map(([p, status]) => ({ path: p, status })).sort((a, b) => a.path.localeCompare(b.path));
}

/** A file's bytes at a commit, as UTF-8. Plumbing (cat-file) rather than `git show`: no textconv, no pager. */
export function readAtCommit(top: string, commit: string, repoPath: string): string {
  return git(top, ["cat-file", "blob", `${commit}:${repoPath}`]);
}

/** The content root as a pathspec relative to the repository root ("." when they are the same folder). */
export function pathspecFor(top: string, contentRoot: string): string {
  // realpath: a temp folder reached through a symlink (/tmp → /private/tmp) must still compare equal to `top`.
  let real = path.resolve(contentRoot);
  try {
    real = realpathSync(real);
  } catch {
    // The folder is gone (everything deleted): the resolved path is the best we have.
  }
  const rel = path.relative(top, real);
  if (rel.startsWith("..") || path.isAbsolute(rel)) {
    throw new GitError(`the content folder ${contentRoot} is outside the git repository at ${top}`);
  }
  return rel === "" ? "." : rel.split(path.sep).join("/");
}
