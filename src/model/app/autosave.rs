//! What autosave writes, and when a tab may write it: the rules, apart from the
//! storage that carries them out (`ui::browser::storage`).
//!
//! Storage holds the whole workspace as of one save, the undo history written
//! with it, and the steps taken since (`formats::journal`), each save numbered.
//! A tab writes only on top of the save it last made or read: a save that finds
//! another number stored writes nothing, and the reader chooses which version to
//! keep. So no tab ever writes over a change it has not seen.
//!
//! The whole workspace is stored in pieces ([`piece_key`]): each article's record and
//! each chunk of annotations under a key made from its bytes, so a whole save
//! writes only the pieces that changed since any save, and a kept version costs
//! no more than its changed pieces.

use crate::model::app::versions::Version;
use crate::model::formats::journal;
use crate::model::{Mark, Session};

/// The whole workspace is written once an hour (that save is also kept as an
/// earlier version), and after this many steps or bytes of them, since a reload
/// replays them all.
pub const HOUR: f64 = 3_600_000.0;
const WHOLE_AFTER_STEPS: usize = 400;
const WHOLE_AFTER_BYTES: usize = 4 * 1024 * 1024;

/// The key of a piece of a stored file, made from its bytes: the same bytes, the
/// same key, in any session. The length and a 64-bit hash: two different pieces of
/// one workspace sharing both is far less likely than a disk error.
pub fn piece_key(bytes: &[u8]) -> String {
    let mut key = PieceKey::default();
    key.write(bytes);
    key.finish()
}

/// A [`piece_key`] made as a piece's bytes come, part by part (a long article's
/// record is written a slice at a time); the same key as of the bytes at once.
#[derive(Default)]
pub struct PieceKey {
    hasher: std::hash::DefaultHasher,
    len: usize,
}

impl PieceKey {
    pub fn write(&mut self, bytes: &[u8]) {
        std::hash::Hasher::write(&mut self.hasher, bytes);
        self.len += bytes.len();
    }

    pub fn finish(&self) -> String {
        format!("{}-{:016x}", self.len, std::hash::Hasher::finish(&self.hasher))
    }
}

/// The size in bytes of the piece stored under `key` (the storage's own prefix,
/// then [`piece_key`]).
pub fn piece_size(key: &str) -> Option<usize> {
    key.rsplit(' ').next()?.split('-').next()?.parse().ok()
}

/// The pieces among `stored` that neither the save (made of the pieces `saved`)
/// nor a kept version is made of, which a save lets go.
pub fn unreferenced(stored: &[String], saved: &[String], versions: &[Version]) -> Vec<String> {
    let used: std::collections::HashSet<&str> =
        versions.iter().flat_map(|v| v.pieces.iter()).chain(saved).map(String::as_str).collect();
    stored.iter().filter(|key| !used.contains(key.as_str())).cloned().collect()
}

/// Whether a save that expects the save numbered `expected` to be the last may
/// be written, when storage's last is numbered `stored`.
pub fn may_write(stored: u64, expected: u64) -> bool {
    stored == expected
}

/// What one save writes.
#[derive(Debug, PartialEq)]
pub enum Plan {
    /// Nothing: storage holds the session already.
    Nothing,
    /// These steps, as the journal writes them.
    Steps(Vec<String>),
    /// The whole workspace and its undo history.
    Whole,
}

/// The journal as storage holds it, read together: the steps are those after
/// the whole workspace's save, numbered `base + 1` to `generation`.
pub struct StoredSteps<'a> {
    pub base: u64,
    pub generation: u64,
    pub steps: &'a [String],
}

/// What a tab has written to storage (or read from it).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Written {
    /// The number of the last save this tab made or read: the next must follow it.
    pub generation: u64,
    /// Where the session stood at that save, when storage holds exactly it: the
    /// next save writes the steps taken since. None: it writes the whole.
    mark: Option<Mark>,
    /// The steps, and their bytes, stored since the whole workspace.
    steps: usize,
    bytes: usize,
    /// When the whole workspace is next written, in milliseconds since 1970.
    whole_due: f64,
}

impl Written {
    /// A tab that opened the save numbered `generation`; `mark` is the session's
    /// when it is exactly what storage holds.
    pub fn opened(generation: u64, mark: Option<Mark>) -> Written {
        Written { generation, mark, ..Written::default() }
    }

    /// What to write for `session` at `now`.
    pub fn plan(&self, session: &Session, now: f64) -> Plan {
        let Some(steps) = self.mark.as_ref().and_then(|mark| session.steps_since(mark)) else {
            return Plan::Whole;
        };
        if steps.is_empty() {
            return Plan::Nothing;
        }
        if now >= self.whole_due || self.steps + steps.len() > WHOLE_AFTER_STEPS {
            return Plan::Whole;
        }
        let written: Vec<String> = steps.iter().map(|step| journal::write_step(step)).collect();
        let bytes: usize = written.iter().map(String::len).sum();
        if self.bytes + bytes > WHOLE_AFTER_BYTES {
            return Plan::Whole;
        }
        Plan::Steps(written)
    }

    /// `plan` was written for `session` at `now`, as the save numbered `generation`.
    pub fn wrote(&mut self, plan: &Plan, session: &Session, generation: u64, now: f64) {
        match plan {
            Plan::Nothing => {}
            Plan::Steps(steps) => {
                self.steps += steps.len();
                self.bytes += steps.iter().map(String::len).sum::<usize>();
            }
            Plan::Whole => {
                (self.steps, self.bytes) = (0, 0);
                self.whole_due = ((now / HOUR).floor() + 1.0) * HOUR;
            }
        }
        self.generation = generation;
        self.mark = Some(session.mark());
    }

    /// Another tab saved: `session` (this tab's) with the steps it took, when
    /// this tab is exactly at a save of the stored journal; None when the whole
    /// workspace must be read instead.
    pub fn follow(&self, session: &Session, stored: &StoredSteps) -> Option<Session> {
        self.mark.as_ref()?;
        let done = usize::try_from(self.generation.checked_sub(stored.base)?).ok()?;
        let mut followed = session.clone();
        journal::resume_on(&mut followed, stored.steps.get(done..)?).then_some(followed)
    }

    /// This tab now shows `session`, as storage holds it (`in_step`) or not.
    pub fn read(&mut self, session: &Session, stored: &StoredSteps, in_step: bool) {
        self.generation = stored.generation;
        self.mark = in_step.then(|| session.mark());
        self.steps = stored.steps.len();
        self.bytes = stored.steps.iter().map(String::len).sum();
    }

    /// This tab's changes since its last save were not written (another tab
    /// saved first): it is no longer in step with storage.
    pub fn out_of_step(&mut self) {
        self.mark = None;
    }

    /// The reader keeps this tab's version over a newer one numbered `stored`:
    /// the next save writes it whole, on top of that one.
    pub fn overrule(&mut self, stored: u64) {
        self.generation = stored;
        self.out_of_step();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::classroom::sample;
    use crate::model::formats::{self, native};
    use crate::model::testing::annotation;
    use crate::model::{Edit, Tag, Workspace};

    #[test]
    fn a_piece_is_known_by_its_bytes_and_let_go_when_nothing_is_made_of_it() {
        assert_eq!(piece_key(b"{\"a\":1}"), piece_key(b"{\"a\":1}"));
        let bytes = "a piece, written in parts of every length: ÿ 👋".as_bytes();
        for size in 1..bytes.len() {
            let mut key = PieceKey::default();
            bytes.chunks(size).for_each(|part| key.write(part));
            assert_eq!(key.finish(), piece_key(bytes), "in parts of {size} bytes");
        }
        assert_ne!(piece_key(b"{\"a\":1}"), piece_key(b"{\"a\":2}"));
        assert!(piece_key(b"abc").starts_with("3-"));
        assert_eq!(piece_size(&format!("current piece {}", piece_key(b"abc"))), Some(3));
        let saved: Vec<String> = ["a", "b"].map(String::from).to_vec();
        let version = Version {
            at: 0.0,
            bytes: 1,
            articles: 1,
            annotations: 1,
            unreadable: false,
            pieces: vec!["c".into()],
        };
        let stored: Vec<String> = ["a", "b", "c", "d"].map(String::from).to_vec();
        assert_eq!(unreferenced(&stored, &saved, &[version]), ["d"]);
        assert_eq!(unreferenced(&stored, &saved, &[]), ["c", "d"]);
    }

    /// Storage as `ui::browser::storage` keeps it, in memory.
    #[derive(Default)]
    struct Store {
        whole: Option<(String, String)>,
        base: u64,
        generation: u64,
        steps: Vec<String>,
    }

    impl Store {
        /// Writes `plan` for `session` if `may_write` allows; whether it did.
        fn write(&mut self, plan: &Plan, session: &Session, expected: u64) -> bool {
            if !may_write(self.generation, expected) {
                return false;
            }
            match plan {
                Plan::Nothing => {}
                Plan::Steps(steps) => {
                    self.steps.extend(steps.iter().cloned());
                    self.generation += steps.len() as u64;
                }
                Plan::Whole => {
                    let whole = (native::export(session.workspace()), journal::write_history(session));
                    self.whole = Some(whole);
                    self.generation += 1;
                    (self.base, self.steps) = (self.generation, Vec::new());
                }
            }
            true
        }

        fn journal(&self) -> StoredSteps<'_> {
            StoredSteps { base: self.base, generation: self.generation, steps: &self.steps }
        }

        /// The session a reload opens.
        fn open(&self) -> Session {
            let (file, history) = self.whole.as_ref().expect("something was saved");
            let mut workspace = Workspace::default();
            let import = formats::import(&workspace, None, "autosave.json", file.as_bytes()).unwrap();
            workspace.apply(import.edit).unwrap();
            let resumed = journal::resume(workspace, Some(history), &self.steps);
            assert!(resumed.lost.is_empty());
            resumed.session
        }
    }

    /// A tab: its session and what it wrote.
    struct Tab {
        session: Session,
        written: Written,
    }

    impl Tab {
        fn open(store: &Store) -> Tab {
            let session = store.open();
            let written = Written::opened(store.generation, Some(session.mark()));
            Tab { session, written }
        }

        fn tag(&mut self, id: u128, start: usize) {
            let doc = self.session.workspace().documents()[0].clone();
            self.session
                .apply(Edit::AddAnnotation(annotation(id, &doc, start, start + 5, Tag::new("fact"))))
                .unwrap();
        }

        /// Saves at `now`; whether storage took it.
        fn save(&mut self, store: &mut Store, now: f64) -> bool {
            let plan = self.written.plan(&self.session, now);
            let taken = store.write(&plan, &self.session, self.written.generation);
            if taken {
                self.written.wrote(&plan, &self.session, store.generation, now);
            }
            taken
        }

        /// Follows what another tab saved, as a tab with nothing unsaved does.
        fn follow(&mut self, store: &Store) {
            match self.written.follow(&self.session, &store.journal()) {
                Some(followed) => {
                    self.written.read(&followed, &store.journal(), true);
                    self.session = followed;
                }
                None => {
                    self.session = store.open();
                    self.written.read(&self.session, &store.journal(), true);
                }
            }
        }

        fn ids(&self) -> Vec<u128> {
            let mut ids: Vec<u128> = self.session.workspace().annotations().map(|a| a.id.0).collect();
            ids.sort();
            ids
        }
    }

    fn started() -> Store {
        let mut workspace = Workspace::default();
        workspace.apply(sample::edit()).unwrap();
        let mut store = Store::default();
        store.write(&Plan::Whole, &Session::new(workspace), 0);
        store
    }

    const NOW: f64 = 1000.0 * HOUR + 60_000.0;

    #[test]
    fn a_change_is_written_as_a_step_and_the_whole_once_an_hour_or_after_many_steps() {
        let mut store = started();
        let mut tab = Tab::open(&store);
        assert_eq!(tab.written.plan(&tab.session, NOW), Plan::Nothing);
        // The first save of a visit is whole, then steps until the hour turns.
        tab.tag(1, 0);
        assert_eq!(tab.written.plan(&tab.session, NOW), Plan::Whole);
        assert!(tab.save(&mut store, NOW));
        tab.tag(2, 10);
        assert!(matches!(tab.written.plan(&tab.session, NOW + 1.0), Plan::Steps(steps) if steps.len() == 1));
        assert!(tab.save(&mut store, NOW + 1.0));
        assert_eq!(store.steps.len(), 1);
        tab.tag(3, 20);
        assert_eq!(tab.written.plan(&tab.session, NOW + HOUR), Plan::Whole);
        for n in 0..WHOLE_AFTER_STEPS as u128 {
            tab.tag(100 + n, 30);
            assert!(tab.save(&mut store, NOW + 2.0));
        }
        assert!(store.steps.len() <= WHOLE_AFTER_STEPS);
        assert_eq!(store.open().workspace(), tab.session.workspace());
        // A session opened afresh (the next student) is written whole.
        let fresh = Session::new(tab.session.workspace().clone());
        assert_eq!(tab.written.plan(&fresh, NOW + 3.0), Plan::Whole);
    }

    #[test]
    fn tabs_editing_in_turns_keep_every_change_and_follow_by_steps() {
        let mut store = started();
        let (mut a, mut b) = (Tab::open(&store), Tab::open(&store));
        a.tag(1, 0);
        assert!(a.save(&mut store, NOW));
        b.follow(&store);
        b.tag(2, 10);
        // B's first save of its visit is whole; A, one save behind it, reads it whole.
        assert!(b.save(&mut store, NOW + 1.0));
        assert!(a.written.follow(&a.session, &store.journal()).is_none());
        a.follow(&store);
        a.tag(3, 20);
        assert!(a.save(&mut store, NOW + 2.0));
        assert!(matches!(store.steps.as_slice(), [_]), "A wrote a step on B's whole save");
        // B takes A's step without reading the whole workspace.
        assert!(b.written.follow(&b.session, &store.journal()).is_some());
        b.follow(&store);
        assert_eq!(a.ids(), vec![1, 2, 3]);
        assert_eq!(b.ids(), vec![1, 2, 3]);
        assert_eq!(store.open().workspace(), a.session.workspace());
        // Undo in either tab takes back the last change, whoever made it.
        assert!(b.session.undo());
        assert_eq!(b.ids(), vec![1, 2]);
    }

    #[test]
    fn a_tab_that_missed_a_save_writes_nothing_over_it_until_the_reader_chooses() {
        let mut store = started();
        let (mut a, mut stale) = (Tab::open(&store), Tab::open(&store));
        a.tag(1, 0);
        assert!(a.save(&mut store, NOW));
        stale.tag(2, 10);
        assert!(!stale.save(&mut store, NOW + 1.0), "refused: storage holds a save it has not seen");
        assert_eq!(store.open().workspace(), a.session.workspace());
        // Opening the newer version: saving goes on from there.
        stale.session = store.open();
        stale.written.read(&stale.session, &store.journal(), true);
        stale.tag(2, 10);
        assert!(stale.save(&mut store, NOW + 2.0));
        assert_eq!(Tab::open(&store).ids(), vec![1, 2]);
        // Or keeping this tab's version: written whole over the other.
        a.tag(3, 20);
        assert!(!a.save(&mut store, NOW + 3.0));
        a.written.overrule(store.generation);
        assert_eq!(a.written.plan(&a.session, NOW + 3.0), Plan::Whole);
        assert!(a.save(&mut store, NOW + 3.0));
        assert_eq!(Tab::open(&store).ids(), vec![1, 3]);
    }
}
