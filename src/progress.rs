//! Progress on stderr: a bar per stage on a terminal, one line per stage otherwise,
//! nothing with `--quiet`. Data never goes to stderr, messages never to stdout.

use std::io::IsTerminal;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Bars,
    Lines,
    Quiet,
}

impl Mode {
    pub fn detect(quiet: bool) -> Mode {
        if quiet {
            Mode::Quiet
        } else if std::io::stderr().is_terminal() {
            Mode::Bars
        } else {
            Mode::Lines
        }
    }
}

/// One stage's progress and timing.
pub struct StageProgress {
    name: &'static str,
    bar: ProgressBar,
    mode: Mode,
    started: Instant,
    /// Time spent in the stage when it runs in slices interleaved with other stages.
    busy: Option<Duration>,
    /// Time spent in the stage before it was started here (streamed earlier).
    earlier: Duration,
}

impl StageProgress {
    pub fn start(mode: Mode, name: &'static str, total: usize) -> StageProgress {
        let bar = if mode == Mode::Bars {
            let style = ProgressStyle::with_template("{prefix:>8} [{bar:30}] {pos}/{len} {msg} ({eta})")
                .unwrap_or_else(|_| ProgressStyle::default_bar())
                .progress_chars("=> ");
            let b = ProgressBar::with_draw_target(Some(total as u64), ProgressDrawTarget::stderr()).with_style(style);
            b.set_prefix(name);
            b
        } else {
            ProgressBar::hidden()
        };
        StageProgress { name, bar, mode, started: Instant::now(), busy: None, earlier: Duration::ZERO }
    }

    /// Stages that run interleaved, batch by batch: a bar each, drawn together, and each
    /// timed by the slices given to [`StageProgress::time`].
    pub fn start_together(mode: Mode, stages: &[(&'static str, usize)]) -> Vec<StageProgress> {
        let multi = indicatif::MultiProgress::with_draw_target(if mode == Mode::Bars {
            ProgressDrawTarget::stderr()
        } else {
            ProgressDrawTarget::hidden()
        });
        stages
            .iter()
            .map(|&(name, total)| {
                let mut s = StageProgress::start(mode, name, total);
                if mode == Mode::Bars {
                    s.bar = multi.add(s.bar);
                }
                s.busy = Some(Duration::ZERO);
                s
            })
            .collect()
    }

    /// Count `time` spent in this stage earlier, in another part of the program.
    pub fn add_earlier(&mut self, time: Duration) {
        self.earlier += time;
    }

    /// Run one slice of an interleaved stage, adding its wall time to the stage's.
    pub fn time<R>(&mut self, work: impl FnOnce(&Self) -> R) -> R {
        let started = Instant::now();
        let r = work(self);
        *self.busy.get_or_insert(Duration::ZERO) += started.elapsed();
        r
    }

    pub fn inc(&self) {
        self.bar.inc(1);
    }

    /// Print a message without tearing the bar.
    pub fn println(&self, line: &str) {
        self.bar.suspend(|| eprintln!("{line}"));
    }

    /// End the stage; returns its wall time.
    pub fn finish(self, summary: &str) -> Duration {
        let took = self.busy.unwrap_or_else(|| self.started.elapsed()) + self.earlier;
        self.bar.finish_and_clear();
        if self.mode != Mode::Quiet {
            eprintln!("baogao: {:<8} {summary} in {:.2}s", self.name, took.as_secs_f64());
        }
        took
    }
}
