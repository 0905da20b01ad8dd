# Framelens's interface in English. One message per line: an id, "=", the words.
# { $name } is filled in by the page; [one] and *[other] choose by a number.
# Every language file holds the same ids, in the same order.

## The header

opening = Opening your workspace…
save-off = Autosave off: export to keep your work
save-saved = All changes saved
save-saving = Saving…
save-failed = Not saved: export to keep your work
save-newer = Not saved: changed in another tab
newer-text = This workspace was saved in another tab or window after this one last saved, so nothing here is saved until you choose. Opening the newer version drops what you changed here since; keeping this one replaces the other tab's changes (export first to keep both).
newer-open = Open the newer version
newer-keep = Keep this tab's version
language-label = Language
colours-label = Colours
colours-system = System colours
colours-light = Light colours
colours-dark = Dark colours

## The toolbar

toolbar-label = Annotate
tag-claim = Claim
tag-quote = Quote
tag-framing = Framing
tag-fact = Fact
tag-button-title = Tag the selection as { $tag } (key { $key })
tag-button-title-unkeyed = Tag the selection as { $tag }
toolbar-undo = Undo
toolbar-undo-title = Undo (Ctrl+Z)
toolbar-redo = Redo
toolbar-redo-title = Redo (Ctrl+Shift+Z)
toolbar-add-article = Add article
toolbar-import = Import
toolbar-import-title = Import annotations: Framelens, W3C, CSV, doccano, Label Studio or brat
toolbar-export = Export
toolbar-side-by-side = Side by side
toolbar-side-by-side-title = Read articles side by side, with the quotes they share linked
toolbar-tags = Tags…
toolbar-tags-title = Add, rename, colour, order and define the tags
toolbar-exercise = Exercise
toolbar-exercise-title = Make an exercise of these articles for a class

## The articles and the text

articles-label = Articles
articles-hint = [ and ] switch articles
workbench-empty = No articles. Add one with “Add article”, or drop a .txt file here.
article-edit = Edit article…
article-remove = Remove article
article-text-label = Article text: arrow keys move, Shift extends the selection, { $keys } tag it, Enter chooses the annotation at the caret
selection-bar-label = Tag the selection
keys-footer = Keys: select text (mouse or Shift+arrows in the article), then { $keys }. Enter chooses the annotation at the caret, Delete removes the chosen one, Ctrl+Z undo, Ctrl+Shift+Z redo.

## The side panel

panel-label = Annotations
panel-title = Annotations ({ $count })
panel-counts = Annotations per tag
panel-empty = No annotations yet. Select text in the article, then press { $keys } or choose a tag above.
panel-more = Show more ({ $count } not shown)
editor-label = Chosen annotation
editor-done = Done
editor-tag = Tag
editor-note = Note
editor-delete = Delete annotation

## Messages

notice-dismiss = Dismiss this message
notice-stop = Stop
orphans-title = Not placed ({ $count })
orphans-hint = These imported annotations match no text in the open articles, so nothing was guessed. Open their article, or keep the file you imported.
orphans-dismiss = Dismiss this list
orphans-more = and { $count } more

## The Tags dialog

tags-title = Tags
tags-hint = The first { $keyed } tags have the keys 1 to { $keyed }, in this order. Each colour has its own line, so tags stay apart for colour-blind readers and in print. One Undo takes back what you save here.
tags-name = Name of tag { $place }
tags-name-placeholder = Name
tags-colour = Colour of tag { $place }
tags-definition = Definition of tag { $place }
tags-definition-placeholder = What it marks, in one line
tags-up = Move tag { $place } up
tags-down = Move tag { $place } down
tags-remove = Remove tag { $place }
tags-remove-button = Remove
tags-add = Add a tag
tags-leaving = { $count ->
    [one] 1 span is tagged “{ $tag }”:
   *[other] { $count } spans are tagged “{ $tag }”:
}
tags-leaving-choose = Choose what becomes of them
tags-leaving-delete = Delete them
tags-leaving-retag = Re-tag them as { $tag }
tags-cancel = Cancel
tags-save = Save tags
look-amber = Amber, solid line
look-sky = Sky blue, double line
look-pink = Pink, wavy line
look-green = Green, dotted line
look-orange = Orange, dashed line
look-blue = Blue, wavy line
look-vermilion = Vermilion, double line
look-grey = Grey, dotted line
look-amber-wavy = Amber, wavy line
look-sky-dotted = Sky blue, dotted line
look-pink-solid = Pink, solid line
look-green-double = Green, double line

## Dates: "3 Dec 2026, 08:06"

date = { $day } { $month } { $year }, { $time }
month-1 = Jan
month-2 = Feb
month-3 = Mar
month-4 = Apr
month-5 = May
month-6 = Jun
month-7 = Jul
month-8 = Aug
month-9 = Sep
month-10 = Oct
month-11 = Nov
month-12 = Dec

## Add and edit an article

add-title = Add an article
article-text = Article text
add-text-placeholder = Paste the article here
article-title = Title
article-title-placeholder = First line if left empty
article-source = Source
article-source-placeholder = Outlet or site
add-files = Or open files (text, Markdown, saved web pages, Word, OpenDocument)
add-pasted-source = Pasted text
add-refused = This text cannot be added: { $reason }.
add-pasted = Pasted from a web page: { $count ->
    [one] { $count } paragraph
   *[other] { $count } paragraphs
}; menus, share buttons, image descriptions and scripts were left out.
add-cancel = Cancel
add-add = Add
edit-title = Edit article
edit-hint = Annotations follow their words into the changed text; any that cannot are listed under “Not placed”. Undo brings everything back.
edit-hint-fixed = In a student's copy the text stays as the teacher handed it out; the title and source can change.
edit-save = Save

## Export and earlier versions

export-title = Export
export-hint = Every article and annotation of the workspace, in one file of the format you choose.
export-kept = This browser keeps your work until you clear its data; a file is a copy anywhere else.
export-not-kept = This browser may clear your work when it runs short of space (Safari, after a week without a visit): export the workspace now and then to keep a copy.
export-kept-unknown = Your work is kept in this browser only: export the workspace now and then to keep a copy.
export-versions = Earlier versions…
close = Close
format-workspace = Framelens workspace (JSON)
format-workspace-keeps = Everything: articles, tags, notes, authors and times. Import it to continue elsewhere.
format-w3c = W3C Web Annotation (JSON-LD)
format-w3c-keeps = Tags, notes, authors and times, with quote and position selectors (positions in code points: tools that count UTF-16 units should anchor by the quote). Not the articles' text.
format-csv = Spreadsheet (CSV)
format-csv-keeps = One row per annotation with its quoted text, note, author and time. Not the articles' text.
format-doccano = doccano (JSONL)
format-doccano-keeps = Articles and tags. Offsets count UTF-16 code units, as doccano does. No notes, authors or times. In doccano, turn on “Allow overlapping entity” and leave “Count grapheme clusters as one character” off.
format-label-studio = Label Studio (JSON)
format-label-studio-keeps = Articles, tags and notes (as per-region text areas). Offsets in code points. No authors or times. The Label Studio project needs the labelling config below.
format-label-studio-config = Label Studio labelling config (XML)
format-label-studio-config-keeps = The labelling config for a Label Studio project of these tags: paste it under the project's Settings, Labeling Interface, Code.
format-brat = brat standoff (.zip)
format-brat-keeps = A .txt and .ann file per article, with tags and notes. No titles, authors or times; line breaks in notes become spaces; line breaks and tabs at the edges of spans are left out, and inside them split the span.
format-report = Printable report (HTML)
format-report-keeps = Every article with coloured, underlined spans, a legend, counts and notes as footnotes. For reading and printing; it cannot be imported.
versions-title = Earlier versions
versions-hint = Kept in this browser: one an hour over the last day, one a day over the last week. Restoring one replaces what is open; Undo brings it back.
versions-looking = Looking…
versions-none = No earlier version yet: the first is kept with the first change saved, then one an hour.
versions-unreadable = a save that could not be read
versions-contents = { $articles ->
    [one] { $articles } article
   *[other] { $articles } articles
}, { $annotations ->
    [one] { $annotations } annotation
   *[other] { $annotations } annotations
}
versions-entry = { $time }: { $what }, { $kb } KB
versions-restore = Restore
versions-restore-label = Restore the version of { $time }
versions-download = Download
versions-download-label = Download the version of { $time }

## Lists: "Outlet B, Outlet C and Kurdistan24"

list-separator = { ", " }
list-and = { $rest } and { $last }

## The exercise, for the teacher

exercise-panel-title = Exercise: { $title }
exercise-panel-key = The key: your { $annotations ->
    [one] { $annotations } annotation
   *[other] { $annotations } annotations
} on its { $articles ->
    [one] { $articles } article
   *[other] { $articles } articles
}. { $submissions ->
    [one] { $submissions } submission
   *[other] { $submissions } submissions
} read.
exercise-edit = Edit exercise
exercise-class = Class and feedback
exercise-outlets = Outlets compared
exercise-label = Exercise
exercise-dialog-title = Exercise for a class
exercise-brought-back = What you typed here before is back, not yet saved: save the exercise to keep it.
exercise-hint = Students get the articles you choose, the instructions and the tag guide. Your own annotations on those articles are the answer key: they stay in your teacher file and are never in the students' file.
exercise-new = New to this?
exercise-sample = Try the sample class
exercise-sample-hint = : the sample articles with an answer key and five students' work.
exercise-title = Title
exercise-title-placeholder = Left empty: { $title }
exercise-articles = Articles in the exercise
exercise-article-key = { $spans ->
    [one] ({ $spans } key span)
   *[other] ({ $spans } key spans)
}
exercise-instructions = Instructions for students (plain text: empty lines between paragraphs, “- ” before list items)
exercise-guide = Tag guide: one line for each tag (the Tags button changes the tags themselves)
exercise-definition = { $tag } definition
exercise-locked = Students keep these articles: they cannot add, remove or import any
exercise-no-articles = Choose at least one article for the exercise.
exercise-page = Download student page (HTML)
exercise-page-title = One HTML file that opens straight into the exercise, even from a USB stick
exercise-student-file = Download student file
exercise-teacher-file = Download teacher file (with key)
exercise-save = Save exercise

## The exercise, for a student

student-guide = Tag guide
student-progress = Your work so far, article by article
student-progress-article = { $source }: { $spans ->
    [one] { $spans } span
   *[other] { $spans } spans
}
student-name = Your name or pseudonym
student-hand-in = Hand in
student-so-far = { $count ->
    [one] { $count } annotation
   *[other] { $count } annotations
} so far; your work is saved in this browser as you go.
student-not = Not { $name }? Start as a new student
student-continue = Continue as { $name }
student-ask = Hand in now?
student-untouched = You have not tagged { $articles } yet. Hand in anyway?
student-anyway = Hand in anyway
student-not-yet = Not yet

## The class

class-title = Class: { $title }
class-read = Read submissions (pick or drop any number of files)
class-files = Files read
class-twice = Handed in twice: which to keep?
class-handed = handed in { $handed }, { $count ->
    [one] { $count } annotation
   *[other] { $count } annotations
}
class-handed-read = handed in { $handed }, read { $read }, { $count ->
    [one] { $count } annotation
   *[other] { $count } annotations
}
class-keep-first = Keep the first: { $which }
class-keep-this = Keep this one: { $which }
class-score-hint = Each score gives partial credit: a span earns the share of text it has in common with the key's, half of that with another tag; 100 is exactly the key. The agreement view's strict and partial F1 count each span as found or not.
class-method-title = How the score is computed
class-method = Each of your spans is paired with at most one span of the key, the pairs that share the most text first. A pair earns its overlap: the characters the two spans share divided by the characters in either of them (1 for exactly the same span), or half of that when the tags differ. The score is twice the points divided by the number of key spans plus the number of your spans, so that missed and extra spans both lower it.
class-none = No submissions read yet.
class-scores = Scores against your key, in % (with partial credit)
class-student = Student
class-overall = Overall
class-counts = Matched · wrong tag · missed · extra
class-feedback = Feedback
class-feedback-page = Feedback page
class-feedback-for = Feedback page for { $student }
class-agreement = Agreement
class-heatmap = Heatmap and gold layer
class-csv = Class scores (CSV)
class-all-feedback = All feedback pages

## Agreement

agreement-title = Agreement in the class
agreement-overall = { $students } students, { $words } words each. Fleiss' kappa { $fleiss }: { $reading }. Krippendorff's alpha { $alpha }.
agreement-most-least = The class agrees most on { $most } ({ $most-reading }), least on { $least } ({ $least-reading }).
agreement-one = The class agrees on { $tag }: { $reading }.
agreement-none = Nobody's tags differ enough to measure agreement yet.
agreement-pair = { $first } and { $second } agree least ({ $kappa }: { $reading }).
agreement-hovered = { $first } and { $second }: { $kappa }, { $reading }
reading-none = not defined: everyone gave every word the same label
reading-0 = less agreement than chance would give
reading-1 = slight agreement: little more than chance
reading-2 = fair agreement
reading-3 = moderate agreement: students often see the same thing
reading-4 = substantial agreement
reading-5 = almost perfect agreement
measure-cohen = Cohen's kappa
measure-cohen-meaning = how far two students agree beyond what chance would give: 1 always, 0 as chance, below 0 less than chance.
measure-fleiss = Fleiss' kappa
measure-fleiss-meaning = the same for the whole class at once.
measure-alpha = Krippendorff's alpha
measure-alpha-meaning = agreement across the class measured another way; close to Fleiss' kappa when every student tagged every article.
measure-f1 = Strict and partial F1
measure-f1-meaning = how well a student's spans match the key, from 0 to 1: strict counts only exactly the key's span and tag, partial any overlap with the key's tag. The class table's score is in between: partial credit for the share of text in common, and half for a wrong tag.
agreement-counted = How it is counted
agreement-unit = The unit is the word (Unicode word boundaries; spaces and punctuation are not words). Each student gives each word one label: no tag, or the tag of their shortest span over it. Per tag, a word counts as that tag or not, so overlapping spans of different tags each count there. Kappa and alpha are 1 for full agreement and 0 for what chance alone would give.
agreement-per-tag = Per tag
agreement-tag = Tag
agreement-reading = Reading
agreement-matrix = Cohen's kappa between each two students
agreement-matrix-drawn = Kappa between each two students; the values are in the table below
agreement-matrix-table = The matrix as a table
agreement-f1 = Strict and partial F1 against the key
agreement-strict = Strict (exact spans)
agreement-partial = Partial (overlapping spans)
agreement-confusion = Words by the key's tag (rows) and the students' tag (columns), all students
agreement-no-tag = No tag
band-0 = below chance
band-1 = slight
band-2 = fair
band-3 = moderate
band-4 = substantial
band-5 = almost perfect

## Heatmap and gold layer

heatmap-title = Where the class tagged
heatmap-article = Article
heatmap-tag = Tag
heatmap-all = All tags
heatmap-legend = Students who tagged it, more for stronger colour:
heatmap-legend-tag = Students who tagged it { $tag }, more for stronger colour:
heatmap-in-gold = in the gold layer
heatmap-chosen = Chosen stretch
heatmap-hint = Hover or focus a stretch to see who tagged it. With one focused: Enter accepts the majority's tag, a tag's key that tag, Delete removes it from the gold layer.
heatmap-gold = Gold layer: { $count ->
    [one] { $count } span
   *[other] { $count } spans
}.
heatmap-stretch = { $count } of { $students } students
heatmap-stretch-gold = { $count } of { $students } students, gold: { $tag }
heatmap-accept = Accept as { $tag }
heatmap-accept-majority = Accept as { $tag } (majority)
heatmap-remove = Remove from gold ({ $tag })
gold-article = Make the gold layer this article's key…
gold-every = …every article's key
gold-replace-label = Replace the key
gold-replaced = Your key is replaced by the gold layer:
gold-change = { $title }: { $now } key spans now, { $after } after
gold-undo = Undo brings the old key back.
gold-replace = Replace the key

## Outlets compared and side by side

outlets-title = Outlets compared
outlets-counted = Annotations counted
outlets-key = The key
outlets-yours = Your annotations
outlets-majority = The class majority
outlets-gold = The gold layer
outlets-outlet = Outlet
outlets-spans = Spans per tag: { $name }
outlets-spans-chart = Spans per tag and outlet, { $name }
outlets-share = Share of the text tagged: { $name }
outlets-share-chart = Share of each outlet's text under each tag, { $name }
side-title = Side by side
side-shown = Articles shown
side-quotes = { $count ->
    [one] { $count } quote appears
   *[other] { $count } quotes appear
} in more than one of these articles (the same words, whatever the quotation marks, dashes or spacing). Choose one to see it in the others.
side-also = { $others ->
    [one] Quote also in { $others } other article
   *[other] Quote also in { $others } other articles
}
agreement-point = Point at a cell for its pair and value.

## What the page says after something it did

download-refused = The browser refused the download.
file-unread = { $reason }; nothing changed.
file-refused = { $file } cannot be opened: { $reason }.
page-refused = The student page could not be made: { $reason }. Hand out the student file instead.
name-first = Enter your name or a pseudonym first, so that your teacher knows whose work it is.
handed-in = Handed in as { $name }: give the downloaded file to your teacher. You can go on and hand in again.
student-kept = { $name }'s work is kept on this computer, to be continued from here later. Enter your own name and start.
student-not-kept = { $name }'s work could not be kept apart: { $reason }.
own-not-kept = Your work could not be kept apart: { $reason }.
welcome-back = Welcome back, { $name }: your work is open.
student-unopened = { $name }'s work could not be opened.
version-unread = The version of { $time } could not be read: { $reason }.
version-gone = The version of { $time } is no longer kept.
other-tab-unread = The version saved in the other tab could not be read ({ $reason }); this one is still open.
other-tab-updated = Updated with the changes made in another tab.
other-tab-opened = Opened the version saved in the other tab.
remind-student = Your work lives only in this browser. Hand it in now and then: the file is your copy.
remind-never = Your work lives only in this browser, and it has never been exported here. Export the workspace now and then to keep a copy.
remind-days = Your work lives only in this browser, and it was last exported { $days ->
    [one] { $days } day ago
   *[other] { $days } days ago
}. Export the workspace now and then to keep a copy.
autosave-failed = Autosave failed: { $reason }. Export the workspace to keep your work.
class-unsaved = The class could not be saved: { $reason }.
saved-items-lost = { $count ->
    [one] { $count } item
   *[other] { $count } items
} of the saved workspace could not be opened: { $items }. The save as it was is kept among the earlier versions (Export, then Earlier versions).
saved-steps-lost = Your work is open, but { $lost } could not be restored. Check it, and export the workspace to keep a copy.
saved-unread = The saved workspace could not be read ({ $reason }). It is kept among the earlier versions (Export, then Earlier versions), where you can download it; a fresh workspace is open instead.
autosave-off = Autosave is off: { $reason }. Export the workspace to keep your work.
baked-unread = The exercise in this page could not be opened: { $reason }.

## What the page says after an action

removed = Removed { $title } and its annotations. Undo brings them back.
already-open = That article is already open; here it is.
not-teacher = These are students' submissions. Open the exercise's teacher file (the workspace file you exported when you made it) to read them; nothing changed.
read-files = Read { $read } of { $count ->
    [one] { $count } file
   *[other] { $count } files
}; { $students ->
    [one] { $students } student
   *[other] { $students } students
} in the class. Each file's message is in Class and feedback.
student-copy-refused = { $file } was not imported, nothing changed: it is a student's copy of the exercise { $title }, and importing it would turn your teacher's copy into a student's. Read students' work in Class and feedback.
import-stopped = Stopped importing { $file }: nothing changed.
import-refused = { $file } was not imported, nothing changed: { $reason }.
import-failed = Nothing was imported: { $reason }.
import-exercise = Opened the exercise { $title }: its instructions and tag guide are above the articles.
import-done = Imported { $articles ->
    [one] { $articles } article
   *[other] { $articles } articles
} and { $annotations ->
    [one] { $annotations } annotation
   *[other] { $annotations } annotations
}.
import-reanchored = { $count ->
    [one] { $count } was placed by its quoted text
   *[other] { $count } were placed by their quoted text
}, in a text that has changed.
import-orphans = { $count } could not be placed; they are listed under “Not placed”.
import-new-tags = New { $count ->
    [one] tag
   *[other] tags
}: { $tags }.
import-note = Note: { $note }.
import-skipped = { $count ->
    [one] { $count } item was
   *[other] { $count } items were
} skipped: { $items }
articles-fixed = Your teacher fixed this exercise's articles: none can be added, removed or imported here.
select-first = Select some text in the article first, then press { $key } or choose { $tag }.
select-first-unkeyed = Select some text in the article first, then choose { $tag }.
tags-fixed = The tags of this exercise are your teacher's: they cannot change in your copy.
edit-orphans = The text was changed. { $count ->
    [one] { $count } annotation could not follow it into the new text; it is
   *[other] { $count } annotations could not follow it into the new text; they are
} listed under “Not placed”. Undo brings the old text back.
edit-refused = The article was not changed: { $reason }.
reading-file = Reading { $file }…
importing-read = Importing { $file }: { $done } of { $total } annotations read…
importing-placed = Importing { $file }: { $done } of { $total } annotations placed…
gold-now-key = The gold layer is now the key: { $changes }. Undo brings the old key back.
gold-change-said = { $title } from { $now } to { $after }
sample-opened = This is the sample exercise as its teacher sees it: the highlights are the answer key, and five sample students have handed in. Open “Class and feedback” to see their scores.
nothing-undo = Nothing to undo.
nothing-redo = Nothing to redo.
restored = Restored the version of { $time }. Undo brings back what was open before.
tag-claim-definition = A statement that could be argued with or checked: what someone says is so.
tag-quote-definition = Words reported as someone's own, in quotation marks or attributed to them.
tag-framing-definition = Word choices that cast people or events in a light: names, titles, labels, loaded words.
tag-fact-definition = A checkable detail nobody disputes: a date, a place, a number, an event.

## Feedback pages, in the exercise's language

feedback-title = Feedback: { $title }
feedback-who = { $student } · handed in { $handed }
feedback-overall = Overall score: { $score } (partial credit: an F1 score out of 100)
feedback-teacher-note = Teacher's note
feedback-your-note = Your note
feedback-matched = Found, with the same tag
feedback-wrong = Found, but tagged { $given } where the key says { $key }
feedback-missed = Missed: in the key, not marked
feedback-extra = Not in the key
feedback-nothing = Nothing to mark here, and nothing marked: not scored.
feedback-score = Score { $score }%: { $matched ->
    [one] { $matched } span
   *[other] { $matched } spans
} found with the same tag, { $wrong ->
    [one] { $wrong } span
   *[other] { $wrong } spans
} with another tag, { $missed ->
    [one] { $missed } span
   *[other] { $missed } spans
} missed, { $extra ->
    [one] { $extra } span
   *[other] { $extra } spans
} not in the key.
feedback-what = What happened
feedback-key = The key
feedback-yours = Yours
feedback-points = Points

## The class view's word on each file

file-not-submission = Not read: this is { $what }, not a student's submission. Nothing changed.
file-not-read = Not read: { $reason }.
file-read = Read: { $student }, { $count ->
    [one] { $count } annotation
   *[other] { $count } annotations
}.
file-read-again = Already read: { $student }, { $count ->
    [one] { $count } annotation
   *[other] { $count } annotations
}; nothing changed.
file-twice = { $student } handed in twice: the file read first says { $first }, this one { $later }. Both are below: choose which to keep; the first counts until you do.

## Reading files: what was read, what was skipped and why

warning-separator = {"; "}
skipped = { $at }: skipped, { $why }
read-as = { $name } was read as { $how }: { $paragraphs ->
    [one] { $paragraphs } paragraph
   *[other] { $paragraphs } paragraphs
}, titled { $title }.
read-plain = plain text
read-plain-in = plain text in { $encoding }
read-markdown = Markdown, its markup taken off
read-markdown-in = Markdown in { $encoding }, its markup taken off
read-word = a Word document
read-opendocument = an OpenDocument text
encoding-utf16 = UTF-16 (“Unicode text”)
encoding-windows-1252 = Windows-1252 (Western European, from older Windows programs)
read-web-page = { $name } was read as a saved web page: { $parts }. Menus, share buttons, comments and scripts were left out.
web-paragraphs = { $count ->
    [one] { $count } paragraph
   *[other] { $count } paragraphs
}
web-titled = titled { $title }
web-from = from { $site }
web-by = by { $byline }
web-published = published { $date }
document-empty = the text is empty
document-too-large = the text is larger than { $limit } MB, the most one article may hold
document-not-text = this is not a plain-text file (UTF-8, UTF-16 or Windows-1252 expected)
offset-past-end = offset { $offset } is past the end of the text ({ $length })
offset-inside-character = offset { $offset } falls inside a character
offsets-reversed = its offsets { $start } and { $end } are empty or reversed
anchor-nothing = it has neither a quote nor a position inside the article
anchor-not-found = its text “{ $quote }” is not in the article
anchor-budget-spent = its text “{ $quote }” is not in the article exactly, and too many others were searched for approximately already
anchor-not-even-approximately = its text “{ $quote }” is not in the article, not even approximately
anchor-too-long = its text “{ $quote }” is longer than the article
anchor-ambiguous = its text “{ $quote }” appears { $count } times and nothing tells which one is meant
place-no-quote = its article is not open here and it carries no quote to find it by
place-not-near = { $why }; its own article is not open here, so no near match was tried
place-nothing-open = no article is open to place it in
skip-id-twice = its id { $id } appears twice
record-id-exists = { $at }: an annotation with the id { $id } exists already; kept the one in the workspace
import-kept-for-notes = { $count ->
    [one] { $count } annotation is on words already tagged alike here, with another note, so it is kept beside that one
   *[other] { $count } annotations are on words already tagged alike here, with other notes, so they are kept beside those
}
import-already-here = { $count ->
    [one] { $count } annotation was here already, and was left out
   *[other] { $count } annotations were here already, and were left out
}
skip-tag-not-exercises = its tag “{ $tag }” is not one of this exercise's
skip-tag-unnamable = “{ $tag }” cannot be a tag's name
import-too-large = the file is larger than { $limit } MB, the most Framelens imports
import-lone-ann = a brat .ann file is read with its .txt: put both (and any others) in one .zip and import that
import-not-text = this is not a text file (UTF-8, UTF-16 or Windows-1252 expected)
import-encoding = the file was read as { $encoding }
import-unknown-json = this JSON is none of the formats Framelens reads (a Framelens workspace, W3C Web Annotations, Label Studio tasks or doccano JSONL)
import-invalid = this is not a valid file: line { $line }, column { $column } ({ $detail })
at-file = { $file }
at-file-line = { $file }, line { $line }
brat-nothing = this archive holds neither brat's .txt and .ann files nor doccano's .jsonl files
brat-lone-ann = { $stem }.ann was skipped: there is no { $stem }.txt beside it
brat-unread = { $file }: { $count ->
    [one] { $count } line of relations, events or attributes was not read
   *[other] { $count } lines of relations, events or attributes were not read
}; Framelens has only tagged spans
brat-no-offsets = it has no offsets
brat-no-type = it has no type
brat-not-offsets = “{ $fragment }” is not a pair of offsets
brat-text-differs = its text “{ $text }” is not the text at its offsets, as brat requires
brat-fragments-apart = its fragments are apart; Framelens spans are continuous
file-empty = the file is empty
no-tag = it has no tag
at-row = row on line { $line }
csv-unclosed = the row starting on line { $line } has a quoted field that is never closed
csv-no-header = the first row must name the columns, with at least “tag” and “text” (or “start” and “end”)
csv-offsets-unordered = { $at }: start “{ $start }” and end “{ $end }” are not two offsets in order; placed by its text
at-said = { $at }: { $what }
at-line = line { $line }
at-record = record { $n }
at-label = { $at }, label { $n }
at-in-file = { $file }, { $at }
not-utf8 = it is not UTF-8 text
doccano-no-text = it has no “text”
no-label = it has no label
offsets-not-numbers = its offsets are not two whole numbers
in-utf16 = { $why } (counted in UTF-16 units)
at-task = task { $n }
at-annotation-of = { $at }, annotation { $n }
at-result = { $at }, result { $n }
label-studio-min-not-list = Label Studio's JSON-MIN export is a list of tasks, and this is not a list
label-studio-no-text = its data holds no text
label-studio-no-place = it has neither offsets in order nor text
empty-label-skipped = an empty label was skipped
id-not-uuid = “{ $id }” is not a UUID
at-annotation = annotation { $n }
at-document = article { $n } ({ $title })
newer-version = this file is of version { $version }, newer than this Framelens reads ({ $known }); update Framelens
native-not-workspace = this is not a Framelens workspace file (its “format” is not “{ $format }”)
native-text-changed = the text of { $title } was changed after it was exported, so it opens as an article of its own, and its annotations are placed by their quotes
native-exercise-left-out = the exercise was left out: { $why }
exercise-article-unread = the article { $title } cannot be opened: { $why }
exercise-article-changed = the article { $title } was changed after the exercise was made; ask for the file again
file-tags-broken = the file's tags cannot be used: { $why }
file-exercise-broken = the exercise in this file is broken: { $why }
exercise-no-id = it has no proper id
exercise-too-long = its title or instructions are far too long
exercise-article-missing = it names an article the file does not hold
exercise-no-role = its role is neither teacher nor student
tags-none = keep at least one tag
tags-too-many = a workspace holds at most { $limit } tags
tags-unnamed = every tag needs a name
tags-name-too-long = the tag name “{ $tag }” is longer than { $limit } characters
tags-name-broken = the tag name “{ $tag }” holds a tab or a line break
tags-same-name = two tags are named “{ $tag }”
zip-cut-short = this ZIP archive is cut short or damaged
zip-not-zip = this is not a ZIP archive
zip-64 = this archive is in the ZIP64 form, which Framelens does not read
zip-encrypted = { $file } in this archive is encrypted
zip-too-large = this archive unpacks to more than { $limit } MB, the most Framelens imports
zip-damaged = { $file } in this archive is damaged
zip-method = { $file } is packed with method { $method }, which Framelens does not read
zip-checksum = { $file } in this archive is damaged (its checksum is wrong)
office-not = this is not { $kind }: it holds no text
office-empty = this is { $kind } without any text
w3c-pages-elsewhere = this collection's pages are elsewhere (its “first” is a link); save the pages themselves
w3c-not-object = it is not a JSON object
w3c-no-tag = it has no tagging body
w3c-no-target = it has no target
w3c-position-unordered = its TextPositionSelector is not two offsets in order; placed by its quote
journal-article-unread = an article could not be read: { $why }
journal-article-differs = an article's text differs from the one saved
journal-no-tag = an annotation has no tag
journal-not-fingerprint = “{ $text }” is not an article's fingerprint
lost-history = the undo history from before the reload
lost-changes = { $count ->
    [one] the last change
   *[other] the last { $count } changes
}
submission-not-text = it is not a text file
submission-not-submission = it is not a Framelens submission
submission-other-exercise = it is for another exercise, { $title }
submission-no-student = it has no student name
submission-article-changed = the text of the article { $title } differs from the exercise's (it was changed), so it cannot be scored
submission-article-missing = the article { $title } is not in it (it was removed from the student's copy), so it cannot be scored
submission-too-many = it holds { $count } annotations, more than anyone makes by hand
submission-off-exercise = it is on an article that is not in the exercise
submission-outside = its span { $start }–{ $end } lies outside its article
submission-other-tag = its tag “{ $tag }” is not one of the exercise's
sentence = { $what }.
edit-no-article = that article is not in the workspace
edit-article-open = that article is already open
edit-no-annotation = no annotation has the id { $id }
edit-annotation-exists = an annotation with the id { $id } exists already
edit-empty = select some text first
edit-outside = the span { $start }–{ $end } lies outside the article (length { $length })
edit-no-tag = the workspace has no tag “{ $tag }”
edit-tag-in-use = annotations are still tagged “{ $tag }”: re-tag or delete them first
tags-row-same-name = Two tags are named “{ $tag }”: give each its own name.
tags-no-target = There is no tag “{ $tag }” to move the spans to.
tags-say-leaving = Say what becomes of the spans tagged “{ $tag }”: re-tag them or delete them.
article-edit-gone = that article is no longer open
article-edit-locked = in a student's copy of an exercise the articles' text stays as handed out
article-edit-same-text = another open article has exactly this text
kind-zip = a zip archive
kind-exercise = an exercise file, as handed out to students
kind-workspace = a Framelens workspace
kind-csv = a spreadsheet (CSV)
kind-doccano = a doccano file (JSONL)
kind-w3c = a W3C Web Annotation file
kind-json = a JSON file
kind-text = a text file
kind-file = a file
exercise-untitled = Exercise
exercise-one = { $title }
exercise-two = { $first } and { $second }
exercise-more = { $first }, { $second } and { $count } more

## What the browser says

with-detail = { $what } ({ $detail })
storage-unopened = the browser's storage could not be opened
storage-full = the browser's storage is full or blocked
storage-no-indexeddb = this browser offers no IndexedDB to this page
storage-piece-missing = part of the saved work is missing from the browser's storage
file-too-large = { $file } is larger than { $limit } MB
file-not-readable = { $file } could not be read
page-too-deep = this page nests its elements more than { $depth } levels deep, as no news page does, so it was not read
page-unreadable = the browser could not read this page
page-not-html = this is not a web page saved as HTML
page-no-article = no article text was found in this page
single-file-missing = the single-file page (framelens.html) is not beside this page

## The printable report

report-title = Framelens report
report-summary = { $articles ->
    [one] { $articles } article
   *[other] { $articles } articles
}, { $annotations ->
    [one] { $annotations } annotation
   *[other] { $annotations } annotations
}.
report-legend = Legend
report-legend-item = { $line } underline, { $count } in all
report-notes = Notes
report-back = Back to the text
line-solid = solid
line-double = double
line-wavy = wavy
line-dotted = dotted
line-dashed = dashed
