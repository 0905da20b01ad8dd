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
