# واجهة Framelens بالعربية. رسالة في كل سطر: معرّف، ثم «=»، ثم الكلمات.
# { $name } تملؤه الصفحة؛ [zero] و[one] و[two] و[few] و[many] و*[other] تُختار بحسب العدد.
# في كل ملف لغة المعرّفات نفسها وبالترتيب نفسه.

## الترويسة

opening = جارٍ فتح مساحة عملك…
save-off = الحفظ التلقائي متوقف: صدِّر لتحتفظ بعملك
save-saved = حُفظت كل التغييرات
save-saving = جارٍ الحفظ…
save-failed = لم يُحفظ: صدِّر لتحتفظ بعملك
save-newer = لم يُحفظ: تغيّر في علامة تبويب أخرى
newer-text = حُفظت مساحة العمل هذه في علامة تبويب أو نافذة أخرى بعد آخر حفظ هنا، فلا يُحفظ شيء هنا حتى تختار. فتح النسخة الأحدث يتخلى عمّا غيّرته هنا منذ ذلك الحين؛ والإبقاء على هذه يستبدل تغييرات علامة التبويب الأخرى (صدِّر أولًا لتحتفظ بالاثنتين).
newer-open = افتح النسخة الأحدث
newer-keep = أبقِ نسخة علامة التبويب هذه
language-label = اللغة
colours-label = الألوان
colours-system = ألوان النظام
colours-light = ألوان فاتحة
colours-dark = ألوان داكنة

## شريط الأدوات

toolbar-label = التوسيم
tag-claim = ادعاء
tag-quote = اقتباس
tag-framing = تأطير
tag-fact = واقعة
tag-button-title = وسِّم التحديد بـ{ $tag } (المفتاح { $key })
tag-button-title-unkeyed = وسِّم التحديد بـ{ $tag }
toolbar-undo = تراجع
toolbar-undo-title = تراجع (Ctrl+Z)
toolbar-redo = إعادة
toolbar-redo-title = إعادة (Ctrl+Shift+Z)
toolbar-add-article = أضف مقالًا
toolbar-import = استيراد
toolbar-import-title = استيراد التوسيمات: Framelens أو W3C أو CSV أو doccano أو Label Studio أو brat
toolbar-export = تصدير
toolbar-side-by-side = جنبًا إلى جنب
toolbar-side-by-side-title = اقرأ المقالات جنبًا إلى جنب، مع ربط الاقتباسات المشتركة بينها
toolbar-tags = الوسوم…
toolbar-tags-title = أضف الوسوم وأعد تسميتها ولوّنها ورتّبها وعرّفها
toolbar-exercise = تمرين
toolbar-exercise-title = اصنع من هذه المقالات تمرينًا لصفّ

## المقالات والنص

articles-label = المقالات
articles-hint = ‏[ و ] للتنقل بين المقالات
workbench-empty = لا مقالات. أضف مقالًا بزر «أضف مقالًا»، أو أفلت ملف ‎.txt هنا.
article-edit = حرّر المقال…
article-remove = أزل المقال
article-text-label = نص المقال: الأسهم تحرّك المؤشر، وShift يوسّع التحديد، و{ $keys } توسِّمه، وEnter يختار التوسيم عند المؤشر
selection-bar-label = وسِّم التحديد
keys-footer = المفاتيح: حدّد نصًا (بالفأرة أو بـShift والأسهم في المقال)، ثم { $keys }. Enter يختار التوسيم عند المؤشر، وDelete يحذف المختار، وCtrl+Z للتراجع، وCtrl+Shift+Z للإعادة.

## اللوحة الجانبية

panel-label = التوسيمات
panel-title = التوسيمات ({ $count })
panel-counts = التوسيمات بحسب الوسم
panel-empty = لا توسيمات بعد. حدّد نصًا في المقال، ثم اضغط { $keys } أو اختر وسمًا أعلاه.
panel-more = اعرض المزيد (لم يُعرض { $count })
editor-label = التوسيم المختار
editor-done = تم
editor-tag = الوسم
editor-note = ملاحظة
editor-delete = احذف التوسيم

## الرسائل

notice-dismiss = أغلق هذه الرسالة
notice-stop = أوقف
orphans-title = { $count ->
    [zero] لم يوضع أي توسيم
    [one] لم يوضع توسيم واحد
    [two] لم يوضع توسيمان
    [few] لم توضع { $count } توسيمات
    [many] لم يوضع { $count } توسيمًا
   *[other] لم يوضع { $count } توسيم
}
orphans-hint = هذه التوسيمات المستوردة لا تطابق أي نص في المقالات المفتوحة، فلم يُخمَّن شيء. افتح مقالها، أو احتفظ بالملف الذي استوردته.
orphans-dismiss = أغلق هذه القائمة
orphans-more = و{ $count } غيرها

## نافذة الوسوم

tags-title = الوسوم
tags-hint = لأول { $keyed } وسوم المفاتيح من 1 إلى { $keyed }، بهذا الترتيب. لكل لون خطّه الخاص، لتبقى الوسوم متمايزة لمن لديهم عمى ألوان وعند الطباعة. تراجع واحد يلغي ما تحفظه هنا.
tags-name = اسم الوسم { $place }
tags-name-placeholder = الاسم
tags-colour = لون الوسم { $place }
tags-definition = تعريف الوسم { $place }
tags-definition-placeholder = ما الذي يعلّمه، في سطر واحد
tags-up = انقل الوسم { $place } إلى الأعلى
tags-down = انقل الوسم { $place } إلى الأسفل
tags-remove = أزل الوسم { $place }
tags-remove-button = أزل
tags-add = أضف وسمًا
tags-leaving = { $count ->
    [zero] لا مقاطع موسومة بـ«{ $tag }»:
    [one] مقطع واحد موسوم بـ«{ $tag }»:
    [two] مقطعان موسومان بـ«{ $tag }»:
    [few] { $count } مقاطع موسومة بـ«{ $tag }»:
    [many] { $count } مقطعًا موسومًا بـ«{ $tag }»:
   *[other] { $count } مقطع موسوم بـ«{ $tag }»:
}
tags-leaving-choose = اختر ما يصير إليه
tags-leaving-delete = احذفها
tags-leaving-retag = وسِّمها بـ{ $tag }
tags-cancel = ألغِ
tags-save = احفظ الوسوم
look-amber = كهرماني، خط متصل
look-sky = أزرق سماوي، خط مزدوج
look-pink = وردي، خط متموّج
look-green = أخضر، خط منقّط
look-orange = برتقالي، خط متقطّع
look-blue = أزرق، خط متموّج
look-vermilion = قرمزي، خط مزدوج
look-grey = رمادي، خط منقّط
look-amber-wavy = كهرماني، خط متموّج
look-sky-dotted = أزرق سماوي، خط منقّط
look-pink-solid = وردي، خط متصل
look-green-double = أخضر، خط مزدوج

## التواريخ: «3 ديسمبر 2026، 08:06»

date = { $day } { $month } { $year }، { $time }
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر

## إضافة مقال وتحريره

add-title = أضف مقالًا
article-text = نص المقال
add-text-placeholder = الصق المقال هنا
article-title = العنوان
article-title-placeholder = السطر الأول إن تُرك فارغًا
article-source = المصدر
article-source-placeholder = الوسيلة الإعلامية أو الموقع
add-files = أو افتح ملفات (نص، Markdown، صفحات ويب محفوظة، Word، OpenDocument)
add-pasted-source = نص ملصوق
add-refused = لا يمكن إضافة هذا النص: { $reason }.
add-pasted = لُصق من صفحة ويب: { $count ->
    [zero] لا فقرات
    [one] فقرة واحدة
    [two] فقرتان
    [few] { $count } فقرات
    [many] { $count } فقرة
   *[other] { $count } فقرة
}؛ وتُركت القوائم وأزرار المشاركة وأوصاف الصور والبرامج النصية.
add-cancel = ألغِ
add-add = أضف
edit-title = حرّر المقال
edit-hint = تتبع التوسيمات كلماتها في النص المعدَّل؛ وما لا يستطيع منها يُدرج تحت «لم يوضع». التراجع يعيد كل شيء.
edit-hint-fixed = في نسخة الطالب يبقى النص كما وزّعه المعلّم؛ ويمكن تغيير العنوان والمصدر.
edit-save = احفظ

## التصدير والنسخ السابقة

export-title = تصدير
export-hint = كل مقالات مساحة العمل وتوسيماتها، في ملف واحد بالصيغة التي تختارها.
export-kept = يحتفظ هذا المتصفح بعملك حتى تمسح بياناته؛ والملف نسخة منه في أي مكان آخر.
export-not-kept = قد يمسح هذا المتصفح عملك حين تضيق مساحته (Safari، بعد أسبوع بلا زيارة): صدِّر مساحة العمل بين حين وآخر لتحتفظ بنسخة.
export-kept-unknown = عملك محفوظ في هذا المتصفح وحده: صدِّر مساحة العمل بين حين وآخر لتحتفظ بنسخة.
export-versions = النسخ السابقة…
close = أغلق
format-workspace = مساحة عمل Framelens ‏(JSON)
format-workspace-keeps = كل شيء: المقالات والوسوم والملاحظات والمؤلفون والأوقات. استورده لتتابع في مكان آخر.
format-w3c = W3C Web Annotation ‏(JSON-LD)
format-w3c-keeps = الوسوم والملاحظات والمؤلفون والأوقات، مع محدِّدات الاقتباس والموضع (المواضع بنقاط الترميز: على الأدوات التي تعدّ وحدات UTF-16 أن تثبّت بالاقتباس). من دون نص المقالات.
format-csv = جدول بيانات (CSV)
format-csv-keeps = صف لكل توسيم مع نصه المقتبس وملاحظته ومؤلفه ووقته. من دون نص المقالات.
format-doccano = doccano ‏(JSONL)
format-doccano-keeps = المقالات والوسوم. المواضع تعدّ وحدات UTF-16 كما يفعل doccano. بلا ملاحظات ولا مؤلفين ولا أوقات. في doccano، فعّل «Allow overlapping entity» واترك «Count grapheme clusters as one character» معطّلًا.
format-label-studio = Label Studio ‏(JSON)
format-label-studio-keeps = المقالات والوسوم والملاحظات (حقول نص لكل منطقة). المواضع بنقاط الترميز. بلا مؤلفين ولا أوقات. يحتاج مشروع Label Studio إلى الإعداد أدناه.
format-label-studio-config = إعداد التوسيم في Label Studio ‏(XML)
format-label-studio-config-keeps = إعداد التوسيم لمشروع Label Studio بهذه الوسوم: الصقه في Settings ثم Labeling Interface ثم Code في المشروع.
format-brat = brat standoff ‏(.zip)
format-brat-keeps = ملف ‎.txt وملف ‎.ann لكل مقال، بالوسوم والملاحظات. بلا عناوين ولا مؤلفين ولا أوقات؛ تصير فواصل الأسطر في الملاحظات مسافات؛ وتُترك فواصل الأسطر وعلامات الجدولة عند أطراف المقاطع، وفي داخلها تقسم المقطع.
format-report = تقرير للطباعة (HTML)
format-report-keeps = كل مقال بمقاطعه الملوّنة المسطّرة، ومفتاح للألوان، وأعداد، والملاحظات حواشيَ. للقراءة والطباعة؛ لا يمكن استيراده.
versions-title = النسخ السابقة
versions-hint = محفوظة في هذا المتصفح: واحدة كل ساعة خلال اليوم الأخير، وواحدة كل يوم خلال الأسبوع الأخير. استعادة إحداها تستبدل المفتوح؛ والتراجع يعيده.
versions-looking = جارٍ البحث…
versions-none = لا نسخ سابقة بعد: تُحفظ الأولى مع أول تغيير يُحفظ، ثم واحدة كل ساعة.
versions-unreadable = حفظ تعذّرت قراءته
versions-contents = { $articles ->
    [zero] لا مقالات
    [one] مقال واحد
    [two] مقالان
    [few] { $articles } مقالات
    [many] { $articles } مقالًا
   *[other] { $articles } مقال
}، { $annotations ->
    [zero] لا توسيمات
    [one] توسيم واحد
    [two] توسيمان
    [few] { $annotations } توسيمات
    [many] { $annotations } توسيمًا
   *[other] { $annotations } توسيم
}
versions-entry = { $time }: { $what }، { $kb } ك.ب
versions-restore = استعد
versions-restore-label = استعد نسخة { $time }
versions-download = نزّل
versions-download-label = نزّل نسخة { $time }

## القوائم: «الوسيلة ب، والوسيلة ج وKurdistan24»

list-separator = { "، " }
list-and = { $rest } و{ $last }

## التمرين، للمعلّم

exercise-panel-title = التمرين: { $title }
exercise-panel-key = المفتاح: توسيماتك ({ $annotations }) على مقالاته ({ $articles }). قُرئت { $submissions } من أعمال الطلاب.
exercise-edit = حرّر التمرين
exercise-class = الصف والملاحظات
exercise-outlets = مقارنة الوسائل الإعلامية
exercise-label = التمرين
exercise-dialog-title = تمرين لصفّ
exercise-brought-back = عاد ما كتبته هنا من قبل، ولم يُحفظ بعد: احفظ التمرين لتحتفظ به.
exercise-hint = يتلقى الطلاب المقالات التي تختارها والتعليمات ودليل الوسوم. توسيماتك أنت على هذه المقالات هي مفتاح الإجابة: تبقى في ملف المعلّم ولا تكون أبدًا في ملف الطلاب.
exercise-new = أول مرة؟
exercise-sample = جرّب الصف النموذجي
exercise-sample-hint = : المقالات النموذجية مع مفتاح إجابة وأعمال خمسة طلاب.
exercise-title = العنوان
exercise-title-placeholder = إن تُرك فارغًا: { $title }
exercise-articles = مقالات التمرين
exercise-article-key = (مقاطع المفتاح: { $spans })
exercise-instructions = تعليمات للطلاب (نص بسيط: أسطر فارغة بين الفقرات، و«- » قبل عناصر القائمة)
exercise-guide = دليل الوسوم: سطر لكل وسم (زر الوسوم يغيّر الوسوم نفسها)
exercise-definition = تعريف { $tag }
exercise-locked = يحتفظ الطلاب بهذه المقالات: لا يمكنهم إضافة مقال أو إزالته أو استيراده
exercise-no-articles = اختر مقالًا واحدًا على الأقل للتمرين.
exercise-page = نزّل صفحة الطالب (HTML)
exercise-page-title = ملف HTML واحد يفتح التمرين مباشرة، حتى من ذاكرة USB
exercise-student-file = نزّل ملف الطالب
exercise-teacher-file = نزّل ملف المعلّم (مع المفتاح)
exercise-save = احفظ التمرين

## التمرين، للطالب

student-guide = دليل الوسوم
student-progress = عملك حتى الآن، مقالًا مقالًا
student-progress-article = { $source }: { $spans ->
    [zero] لا مقاطع
    [one] مقطع واحد
    [two] مقطعان
    [few] { $spans } مقاطع
    [many] { $spans } مقطعًا
   *[other] { $spans } مقطع
}
student-name = اسمك أو اسمك المستعار
student-hand-in = سلّم
student-so-far = { $count ->
    [zero] لا توسيمات
    [one] توسيم واحد
    [two] توسيمان
    [few] { $count } توسيمات
    [many] { $count } توسيمًا
   *[other] { $count } توسيم
} حتى الآن؛ يُحفظ عملك في هذا المتصفح أولًا بأول.
student-not = لست { $name }؟ ابدأ طالبًا جديدًا
student-continue = تابع باسم { $name }
student-ask = أتسلّم الآن؟
student-untouched = لم توسّم { $articles } بعد. أتسلّم على أي حال؟
student-anyway = سلّم على أي حال
student-not-yet = ليس بعد

## الصف

class-title = الصف: { $title }
class-read = اقرأ أعمال الطلاب (اختر أو أفلت أي عدد من الملفات)
class-files = الملفات المقروءة
class-twice = سُلّم مرتين: أيّهما تبقي؟
class-handed = سُلّم في { $handed }، التوسيمات: { $count }
class-handed-read = سُلّم في { $handed }، وقُرئ في { $read }، التوسيمات: { $count }
class-keep-first = أبقِ الأول: { $which }
class-keep-this = أبقِ هذا: { $which }
class-score-hint = كل درجة تمنح نقاطًا جزئية: ينال المقطع حصة النص المشتركة بينه وبين مقطع المفتاح، ونصفها إن اختلف الوسم؛ و100 تعني المفتاح تمامًا. ويعدّ مقياسا F1 الصارم والجزئي في عرض الاتفاق كل مقطع موجودًا أو غير موجود.
class-method-title = كيف تُحسب الدرجة
class-method = يُقرن كل مقطع من مقاطعك بمقطع واحد على الأكثر من المفتاح، بدءًا بالأزواج الأكثر اشتراكًا في النص. ينال الزوج قدر تداخله: عدد الأحرف المشتركة بين المقطعين مقسومًا على عدد الأحرف في أيّهما (1 للمقطع نفسه تمامًا)، أو نصف ذلك إن اختلف الوسمان. الدرجة ضعف النقاط مقسومًا على عدد مقاطع المفتاح زائد عدد مقاطعك، فتنخفض بالمقاطع الفائتة والزائدة كلتيهما.
class-none = لم تُقرأ أعمال بعد.
class-scores = الدرجات مقارنة بمفتاحك، بالنسبة المئوية (مع النقاط الجزئية)
class-student = الطالب
class-overall = المجموع
class-counts = مطابق · وسم خاطئ · فائت · زائد
class-feedback = الملاحظات
class-feedback-page = صفحة الملاحظات
class-feedback-for = صفحة الملاحظات لـ{ $student }
class-agreement = الاتفاق
class-heatmap = الخريطة الحرارية والطبقة المرجعية
class-csv = درجات الصف (CSV)
class-all-feedback = كل صفحات الملاحظات

## الاتفاق

agreement-title = الاتفاق في الصف
agreement-overall = الطلاب: { $students }، وكلمات كل منهم: { $words }. كابا فلايس { $fleiss }: { $reading }. ألفا كريبندورف { $alpha }.
agreement-most-least = يتفق الصف أكثر ما يتفق على { $most } ({ $most-reading })، وأقل ما يتفق على { $least } ({ $least-reading }).
agreement-one = يتفق الصف على { $tag }: { $reading }.
agreement-none = لا تختلف الوسوم بعد بما يكفي لقياس الاتفاق.
agreement-pair = أقل الطلاب اتفاقًا { $first } و{ $second } ({ $kappa }: { $reading }).
agreement-hovered = { $first } و{ $second }: { $kappa }، { $reading }
reading-none = غير معرّف: أعطى الجميع كل كلمة الوسم نفسه
reading-0 = اتفاق أقل مما تعطيه المصادفة
reading-1 = اتفاق طفيف: أكثر بقليل من المصادفة
reading-2 = اتفاق مقبول
reading-3 = اتفاق متوسط: كثيرًا ما يرى الطلاب الشيء نفسه
reading-4 = اتفاق كبير
reading-5 = اتفاق شبه تام
measure-cohen = كابا كوهين
measure-cohen-meaning = مدى اتفاق طالبين فوق ما تعطيه المصادفة: 1 دائمًا، و0 كالمصادفة، وتحت 0 أقل من المصادفة.
measure-fleiss = كابا فلايس
measure-fleiss-meaning = الشيء نفسه للصف كله دفعة واحدة.
measure-alpha = ألفا كريبندورف
measure-alpha-meaning = اتفاق الصف مقيسًا بطريقة أخرى؛ قريب من كابا فلايس حين يوسّم كل طالب كل مقال.
measure-f1 = F1 الصارم والجزئي
measure-f1-meaning = مدى مطابقة مقاطع الطالب للمفتاح، من 0 إلى 1: الصارم لا يعدّ إلا مقطع المفتاح ووسمه تمامًا، والجزئي أي تداخل مع وسم المفتاح. ودرجة جدول الصف بينهما: نقاط جزئية لحصة النص المشتركة، ونصفها لوسم خاطئ.
agreement-counted = كيف يُعدّ
agreement-unit = الوحدة هي الكلمة (حدود الكلمات في Unicode؛ المسافات وعلامات الترقيم ليست كلمات). يعطي كل طالب كل كلمة وسمًا واحدًا: لا وسم، أو وسم أقصر مقاطعه عليها. ولكل وسم تُعدّ الكلمة بذلك الوسم أو لا، فتُحتسب المقاطع المتداخلة بوسوم مختلفة كلٌّ على حدة. تساوي كابا وألفا 1 عند الاتفاق التام و0 لما تعطيه المصادفة وحدها.
agreement-per-tag = بحسب الوسم
agreement-tag = الوسم
agreement-reading = القراءة
agreement-matrix = كابا كوهين بين كل طالبين
agreement-matrix-drawn = كابا بين كل طالبين؛ القيم في الجدول أدناه
agreement-matrix-table = المصفوفة جدولًا
agreement-f1 = F1 الصارم والجزئي مقارنة بالمفتاح
agreement-strict = صارم (مقاطع مطابقة)
agreement-partial = جزئي (مقاطع متداخلة)
agreement-confusion = الكلمات بحسب وسم المفتاح (الصفوف) ووسم الطلاب (الأعمدة)، كل الطلاب
agreement-no-tag = بلا وسم
band-0 = دون المصادفة
band-1 = طفيف
band-2 = مقبول
band-3 = متوسط
band-4 = كبير
band-5 = شبه تام

## الخريطة الحرارية والطبقة المرجعية

heatmap-title = أين وسّم الصف
heatmap-article = المقال
heatmap-tag = الوسم
heatmap-all = كل الوسوم
heatmap-legend = الطلاب الذين وسّموه، ويشتد اللون كلما كثروا:
heatmap-legend-tag = الطلاب الذين وسّموه بـ{ $tag }، ويشتد اللون كلما كثروا:
heatmap-in-gold = في الطبقة المرجعية
heatmap-chosen = المقطع المختار
heatmap-hint = مرّر المؤشر أو التركيز على مقطع لترى من وسّمه. ومع مقطع في التركيز: Enter يقبل وسم الأغلبية، ومفتاح وسمٍ ذلك الوسم، وDelete يزيله من الطبقة المرجعية.
heatmap-gold = الطبقة المرجعية: { $count ->
    [zero] لا مقاطع
    [one] مقطع واحد
    [two] مقطعان
    [few] { $count } مقاطع
    [many] { $count } مقطعًا
   *[other] { $count } مقطع
}.
heatmap-stretch = { $count } من { $students } طلاب
heatmap-stretch-gold = { $count } من { $students } طلاب، المرجع: { $tag }
heatmap-accept = اقبله { $tag }
heatmap-accept-majority = اقبله { $tag } (الأغلبية)
heatmap-remove = أزله من المرجع ({ $tag })
gold-article = اجعل الطبقة المرجعية مفتاح هذا المقال…
gold-every = …مفتاح كل المقالات
gold-replace-label = استبدل المفتاح
gold-replaced = يُستبدل مفتاحك بالطبقة المرجعية:
gold-change = { $title }: مقاطع المفتاح الآن { $now }، وبعده { $after }
gold-undo = التراجع يعيد المفتاح القديم.
gold-replace = استبدل المفتاح

## مقارنة الوسائل الإعلامية وجنبًا إلى جنب

outlets-title = مقارنة الوسائل الإعلامية
outlets-counted = التوسيمات المعدودة
outlets-key = المفتاح
outlets-yours = توسيماتك
outlets-majority = أغلبية الصف
outlets-gold = الطبقة المرجعية
outlets-outlet = الوسيلة
outlets-spans = المقاطع بحسب الوسم: { $name }
outlets-spans-chart = المقاطع بحسب الوسم والوسيلة، { $name }
outlets-share = حصة النص الموسوم: { $name }
outlets-share-chart = حصة نص كل وسيلة تحت كل وسم، { $name }
side-title = جنبًا إلى جنب
side-shown = المقالات المعروضة
side-quotes = الاقتباسات التي تظهر في أكثر من مقال من هذه المقالات: { $count } (الكلمات نفسها، أيًّا كانت علامات التنصيص والشرطات والمسافات). اختر واحدًا لتراه في المقالات الأخرى.
side-also = الاقتباس موجود أيضًا في مقالات أخرى: { $others }
agreement-point = أشر إلى خانة لترى زوجها وقيمتها.

## ما تقوله الصفحة بعد ما فعلته

download-refused = رفض المتصفح التنزيل.
file-unread = { $reason }؛ لم يتغيّر شيء.
file-refused = تعذّر فتح { $file }: { $reason }.
page-refused = تعذّر إنشاء صفحة الطالب: { $reason }. وزّع ملف الطالب بدلًا منها.
name-first = اكتب اسمك أو اسمًا مستعارًا أولًا، ليعرف معلّمك لمن هذا العمل.
handed-in = سُلّم باسم { $name }: أعطِ الملف المنزَّل لمعلّمك. يمكنك المتابعة والتسليم من جديد.
student-kept = حُفظ عمل { $name } على هذا الحاسوب لمتابعته من هنا لاحقًا. اكتب اسمك وابدأ.
student-not-kept = تعذّر فصل عمل { $name }: { $reason }.
own-not-kept = تعذّر فصل عملك: { $reason }.
welcome-back = أهلًا بعودتك يا { $name }: عملك مفتوح.
student-unopened = تعذّر فتح عمل { $name }.
version-unread = تعذّرت قراءة نسخة { $time }: { $reason }.
version-gone = لم تعد نسخة { $time } محفوظة.
other-tab-unread = تعذّرت قراءة النسخة المحفوظة في علامة التبويب الأخرى ({ $reason })؛ وتبقى هذه مفتوحة.
other-tab-updated = حُدّث بالتغييرات التي أُجريت في علامة تبويب أخرى.
other-tab-opened = فُتحت النسخة المحفوظة في علامة التبويب الأخرى.
remind-student = عملك موجود في هذا المتصفح وحده. سلّمه بين حين وآخر: الملف نسختك.
remind-never = عملك موجود في هذا المتصفح وحده، ولم يُصدَّر هنا قط. صدِّر مساحة العمل بين حين وآخر لتحتفظ بنسخة.
remind-days = عملك موجود في هذا المتصفح وحده، وكان آخر تصدير له منذ { $days ->
    [zero] أقل من يوم
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}. صدِّر مساحة العمل بين حين وآخر لتحتفظ بنسخة.
autosave-failed = فشل الحفظ التلقائي: { $reason }. صدِّر مساحة العمل لتحتفظ بعملك.
class-unsaved = تعذّر حفظ الصف: { $reason }.
saved-items-lost = تعذّر فتح أجزاء من مساحة العمل المحفوظة ({ $count }): { $items }. يبقى الحفظ كما كان بين النسخ السابقة (تصدير، ثم النسخ السابقة).
saved-steps-lost = عملك مفتوح، لكن تعذّرت استعادة { $lost }. راجعه، وصدِّر مساحة العمل لتحتفظ بنسخة.
saved-unread = تعذّرت قراءة مساحة العمل المحفوظة ({ $reason }). وهي باقية بين النسخ السابقة (تصدير، ثم النسخ السابقة) حيث يمكنك تنزيلها؛ وفُتحت بدلًا منها مساحة عمل جديدة.
autosave-off = الحفظ التلقائي متوقف: { $reason }. صدِّر مساحة العمل لتحتفظ بعملك.
baked-unread = تعذّر فتح التمرين في هذه الصفحة: { $reason }.

## ما تقوله الصفحة بعد إجراء

removed = أُزيل { $title } مع توسيماته. التراجع يعيدها.
already-open = هذا المقال مفتوح بالفعل؛ ها هو.
not-teacher = هذه أعمال طلاب. افتح ملف المعلّم للتمرين (مساحة العمل التي صدّرتها حين أنشأته) لتقرأها؛ لم يتغيّر شيء.
read-files = قُرئ { $read } من { $count }؛ والطلاب في الصف: { $students }. رسالة كل ملف في «الصف والملاحظات».
student-copy-refused = لم يُستورد { $file }، ولم يتغيّر شيء: إنه نسخة طالب من التمرين { $title }، واستيراده يحوّل نسخة المعلّم إلى نسخة طالب. اقرأ أعمال الطلاب في «الصف والملاحظات».
import-stopped = أُوقف استيراد { $file }: لم يتغيّر شيء.
import-refused = لم يُستورد { $file }، ولم يتغيّر شيء: { $reason }.
import-failed = لم يُستورد شيء: { $reason }.
import-exercise = فُتح التمرين { $title }: تعليماته ودليل وسومه فوق المقالات.
import-done = استُورد من المقالات: { $articles }، ومن التوسيمات: { $annotations }.
import-reanchored = وُضع بحسب نصه المقتبس، في نص تغيّر: { $count }.
import-orphans = تعذّر وضع { $count }؛ وهي مدرجة تحت «لم يوضع».
import-new-tags = { $count ->
    [one] وسم جديد
    [two] وسمان جديدان
   *[other] وسوم جديدة
}: { $tags }.
import-note = ملاحظة: { $note }.
import-skipped = تُخطّي { $count }: { $items }
articles-fixed = ثبّت معلّمك مقالات هذا التمرين: لا يمكن إضافة مقال أو إزالته أو استيراده هنا.
select-first = حدّد نصًا في المقال أولًا، ثم اضغط { $key } أو اختر { $tag }.
select-first-unkeyed = حدّد نصًا في المقال أولًا، ثم اختر { $tag }.
tags-fixed = وسوم هذا التمرين وسوم معلّمك: لا يمكن تغييرها في نسختك.
edit-orphans = تغيّر النص. تعذّر على { $count } من التوسيمات أن تتبعه إلى النص الجديد؛ وهي مدرجة تحت «لم يوضع». التراجع يعيد النص القديم.
edit-refused = لم يتغيّر المقال: { $reason }.
reading-file = جارٍ قراءة { $file }…
importing-read = جارٍ استيراد { $file }: قُرئ { $done } من { $total } توسيمًا…
importing-placed = جارٍ استيراد { $file }: وُضع { $done } من { $total } توسيمًا…
gold-now-key = صارت الطبقة المرجعية هي المفتاح: { $changes }. التراجع يعيد المفتاح القديم.
gold-change-said = { $title } من { $now } إلى { $after }
sample-opened = هذا هو التمرين النموذجي كما يراه معلّمه: التظليلات هي مفتاح الإجابة، وقد سلّم خمسة طلاب نموذجيين أعمالهم. افتح «الصف والملاحظات» لترى درجاتهم.
nothing-undo = لا شيء للتراجع عنه.
nothing-redo = لا شيء لإعادته.
restored = استُعيدت نسخة { $time }. التراجع يعيد ما كان مفتوحًا قبلها.
tag-claim-definition = عبارة يمكن الجدال فيها أو التحقق منها: ما يقول أحدهم إنه كذلك.
tag-quote-definition = كلمات منقولة على أنها لأحدهم، بين علامتي تنصيص أو منسوبة إليه.
tag-framing-definition = اختيارات لفظية تُظهر الأشخاص أو الأحداث في ضوء معيّن: أسماء وألقاب وتسميات وكلمات مشحونة.
tag-fact-definition = تفصيل يمكن التحقق منه لا يجادل فيه أحد: تاريخ أو مكان أو عدد أو حدث.

## صفحات الملاحظات، بلغة التمرين

feedback-title = ملاحظات: { $title }
feedback-who = { $student } · سُلّم في { $handed }
feedback-overall = الدرجة الكلية: { $score } (نقاط جزئية: درجة F1 من 100)
feedback-teacher-note = ملاحظة المعلّم
feedback-your-note = ملاحظتك
feedback-matched = وُجد، بالوسم نفسه
feedback-wrong = وُجد، لكنه موسوم بـ{ $given } والمفتاح يقول { $key }
feedback-missed = فائت: في المفتاح، ولم يُوسم
feedback-extra = ليس في المفتاح
feedback-nothing = لا شيء للتوسيم هنا، ولم يُوسم شيء: بلا درجة.
feedback-score = الدرجة { $score }٪: وُجد بالوسم نفسه { $matched }، وبوسم آخر { $wrong }، وفات { $missed }، وليس في المفتاح { $extra }.
feedback-what = ما حدث
feedback-key = المفتاح
feedback-yours = عملك
feedback-points = النقاط

## ما يقوله عرض الصف عن كل ملف

file-not-submission = لم يُقرأ: هذا { $what }، وليس عمل طالب. لم يتغيّر شيء.
file-not-read = لم يُقرأ: { $reason }.
file-read = قُرئ: { $student }، التوسيمات: { $count }.
file-read-again = قُرئ من قبل: { $student }، التوسيمات: { $count }؛ لم يتغيّر شيء.
file-twice = سلّم { $student } مرتين: الملف المقروء أولًا يقول { $first }، وهذا { $later }. كلاهما أدناه: اختر أيّهما تبقي؛ ويُحتسب الأول حتى تختار.

## قراءة الملفات: ما قُرئ وما تُخطّي ولماذا

warning-separator = {"؛ "}
skipped = { $at }: تُخطّي، { $why }
read-as = قُرئ { $name } بوصفه { $how }: عدد الفقرات { $paragraphs }، وعنوانه { $title }.
read-plain = نصًا عاديًا
read-plain-in = نصًا عاديًا بترميز { $encoding }
read-markdown = Markdown، بعد نزع وسومه
read-markdown-in = Markdown بترميز { $encoding }، بعد نزع وسومه
read-word = مستند Word
read-opendocument = نص OpenDocument
encoding-utf16 = UTF-16 («نص يونيكود»)
encoding-windows-1252 = Windows-1252 (أوروبي غربي، من برامج Windows القديمة)
read-web-page = قُرئ { $name } بوصفه صفحة ويب محفوظة: { $parts }. تُركت القوائم وأزرار المشاركة والتعليقات والبرامج النصية.
web-paragraphs = عدد الفقرات { $count }
web-titled = عنوانها { $title }
web-from = من { $site }
web-by = بقلم { $byline }
web-published = نُشرت في { $date }
document-empty = النص فارغ
document-too-large = النص أكبر من { $limit } ميغابايت، وهو أقصى ما يتسع له مقال واحد
document-not-text = هذا ليس ملفًا نصيًا (المتوقع UTF-8 أو UTF-16 أو Windows-1252)
offset-past-end = الموضع { $offset } بعد نهاية النص ({ $length })
offset-inside-character = الموضع { $offset } يقع داخل حرف
offsets-reversed = موضعاه { $start } و{ $end } فارغان أو معكوسان
anchor-nothing = ليس له اقتباس ولا موضع داخل المقال
anchor-not-found = نصه «{ $quote }» ليس في المقال
anchor-budget-spent = نصه «{ $quote }» ليس في المقال حرفيًا، وقد بُحث تقريبيًا عن كثير غيره من قبل
anchor-not-even-approximately = نصه «{ $quote }» ليس في المقال، ولا حتى تقريبيًا
anchor-too-long = نصه «{ $quote }» أطول من المقال
anchor-ambiguous = نصه «{ $quote }» يرد { $count } مرات ولا شيء يبيّن أيها المقصود
place-no-quote = مقاله غير مفتوح هنا، وليس معه اقتباس يُعثر به عليه
place-not-near = { $why }؛ مقاله نفسه غير مفتوح هنا، فلم تُجرَّب مطابقة تقريبية
place-nothing-open = لا مقال مفتوحًا لوضعه فيه
skip-id-twice = معرّفه { $id } يرد مرتين
record-id-exists = { $at }: يوجد توسيم بالمعرّف { $id } من قبل؛ أُبقي الموجود في مساحة العمل
import-kept-for-notes = توسيمات على كلمات موسومة هنا بالوسم نفسه لكن بملاحظة أخرى: { $count }؛ أُبقيت بجانبها
import-already-here = توسيمات كانت هنا من قبل فلم تُضف: { $count }
skip-tag-not-exercises = وسمه «{ $tag }» ليس من وسوم هذا التمرين
skip-tag-unnamable = «{ $tag }» لا يصلح اسمًا لوسم
import-too-large = الملف أكبر من { $limit } ميغابايت، وهو أقصى ما يستورده Framelens
import-lone-ann = يُقرأ ملف ‎.ann‎ من brat مع ملف ‎.txt‎ الخاص به: ضعهما (وأي ملفات أخرى) في ملف ‎.zip‎ واحد واستورده
import-not-text = هذا ليس ملفًا نصيًا (المتوقع UTF-8 أو UTF-16 أو Windows-1252)
import-encoding = قُرئ الملف بترميز { $encoding }
import-unknown-json = ملف JSON هذا ليس بأي صيغة يقرؤها Framelens (مساحة عمل Framelens أو توسيمات الويب W3C أو مهام Label Studio أو JSONL من doccano)
import-invalid = هذا ليس ملفًا سليمًا: السطر { $line }، العمود { $column } ({ $detail })
at-file = { $file }
at-file-line = { $file }، السطر { $line }
brat-nothing = لا يحوي هذا الأرشيف ملفات ‎.txt‎ و‎.ann‎ من brat ولا ملفات ‎.jsonl‎ من doccano
brat-lone-ann = تُخطّي { $stem }.ann: لا يوجد بجانبه { $stem }.txt
brat-unread = { $file }: أسطر علاقات أو أحداث أو سمات لم تُقرأ: { $count }؛ ليس في Framelens إلا مقاطع موسومة
brat-no-offsets = ليس له مواضع
brat-no-type = ليس له نوع
brat-not-offsets = «{ $fragment }» ليس زوجًا من المواضع
brat-text-differs = نصه «{ $text }» ليس النص الذي في مواضعه، كما يشترط brat
brat-fragments-apart = أجزاؤه متباعدة؛ مقاطع Framelens متصلة
file-empty = الملف فارغ
no-tag = ليس له وسم
at-row = الصف في السطر { $line }
csv-unclosed = الصف الذي يبدأ في السطر { $line } فيه حقل بين علامتي تنصيص لا يُغلق أبدًا
csv-no-header = يجب أن يسمّي الصف الأول الأعمدة، وفيها على الأقل «tag» و«text» (أو «start» و«end»)
csv-offsets-unordered = { $at }: البداية «{ $start }» والنهاية «{ $end }» ليستا موضعين مرتبين؛ وُضع بنصه
at-said = { $at }: { $what }
at-line = السطر { $line }
at-record = السجل { $n }
at-label = { $at }، التسمية { $n }
at-in-file = { $file }، { $at }
not-utf8 = ليس نصًا بترميز UTF-8
doccano-no-text = ليس فيه «text»
no-label = ليس له تسمية
offsets-not-numbers = موضعاه ليسا عددين صحيحين
in-utf16 = { $why } (بعدّ وحدات UTF-16)
at-task = المهمة { $n }
at-annotation-of = { $at }، التوسيم { $n }
at-result = { $at }، النتيجة { $n }
label-studio-min-not-list = تصدير JSON-MIN من Label Studio قائمة مهام، وهذا ليس قائمة
label-studio-no-text = لا نص في بياناته
label-studio-no-place = ليس له مواضع مرتبة ولا نص
empty-label-skipped = تُخطّيت تسمية فارغة
id-not-uuid = «{ $id }» ليس معرّف UUID
at-annotation = التوسيم { $n }
at-document = المقال { $n } ({ $title })
newer-version = هذا الملف من الإصدار { $version }، وهو أحدث مما يقرؤه Framelens هذا ({ $known })؛ حدّث Framelens
native-not-workspace = هذا ليس ملف مساحة عمل Framelens (قيمة «format» فيه ليست «{ $format }»)
native-text-changed = تغيّر نص { $title } بعد تصديره، فيُفتح مقالًا مستقلًا وتوضع توسيماته باقتباساتها
native-exercise-left-out = تُرك التمرين: { $why }
exercise-article-unread = تعذّر فتح المقال { $title }: { $why }
exercise-article-changed = تغيّر المقال { $title } بعد إنشاء التمرين؛ اطلب الملف من جديد
file-tags-broken = لا يمكن استعمال وسوم الملف: { $why }
file-exercise-broken = التمرين في هذا الملف تالف: { $why }
exercise-no-id = ليس له معرّف سليم
exercise-too-long = عنوانه أو تعليماته أطول من اللازم بكثير
exercise-article-missing = يذكر مقالًا لا يحويه الملف
exercise-no-role = دوره ليس معلّمًا ولا طالبًا
tags-none = أبقِ وسمًا واحدًا على الأقل
tags-too-many = تتسع مساحة العمل لـ { $limit } وسم على الأكثر
tags-unnamed = كل وسم يحتاج إلى اسم
tags-name-too-long = اسم الوسم «{ $tag }» أطول من { $limit } حرفًا
tags-name-broken = اسم الوسم «{ $tag }» فيه مسافة جدولة أو فاصل سطر
tags-same-name = وسمان باسم «{ $tag }»
zip-cut-short = أرشيف ZIP هذا مقطوع أو تالف
zip-not-zip = هذا ليس أرشيف ZIP
zip-64 = هذا الأرشيف بصيغة ZIP64، ولا يقرؤها Framelens
zip-encrypted = { $file } في هذا الأرشيف مشفّر
zip-too-large = يتجاوز هذا الأرشيف بعد فكّه { $limit } ميغابايت، وهو أقصى ما يستورده Framelens
zip-damaged = { $file } في هذا الأرشيف تالف
zip-method = { $file } مضغوط بالطريقة { $method }، ولا يقرؤها Framelens
zip-checksum = { $file } في هذا الأرشيف تالف (مجموعه الاختباري خاطئ)
office-not = هذا ليس { $kind }: لا نص فيه
office-empty = هذا { $kind } بلا أي نص
w3c-pages-elsewhere = صفحات هذه المجموعة في مكان آخر (قيمة «first» فيها رابط)؛ احفظ الصفحات نفسها
w3c-not-object = ليس كائن JSON
w3c-no-tag = ليس له متن وسم (tagging)
w3c-no-target = ليس له هدف
w3c-position-unordered = ليس TextPositionSelector فيه موضعين مرتبين؛ وُضع باقتباسه
journal-article-unread = تعذّرت قراءة مقال: { $why }
journal-article-differs = نص مقال يختلف عن المحفوظ
journal-no-tag = توسيم بلا وسم
journal-not-fingerprint = «{ $text }» ليست بصمة مقال
lost-history = سجل التراجع من قبل إعادة التحميل
lost-changes = { $count ->
    [one] التغيير الأخير
   *[other] آخر التغييرات ({ $count })
}
submission-not-text = ليس ملفًا نصيًا
submission-not-submission = ليس تسليمًا من Framelens
submission-other-exercise = إنه لتمرين آخر، { $title }
submission-no-student = ليس فيه اسم طالب
submission-article-changed = نص المقال { $title } يختلف عن نص التمرين (غُيّر)، فلا يمكن تقييمه
submission-article-missing = المقال { $title } ليس فيه (أُزيل من نسخة الطالب)، فلا يمكن تقييمه
submission-too-many = فيه { $count } توسيمًا، أكثر مما يصنعه أحد بيده
submission-off-exercise = إنه على مقال ليس في التمرين
submission-outside = مقطعه { $start }–{ $end } خارج مقاله
submission-other-tag = وسمه «{ $tag }» ليس من وسوم التمرين
sentence = { $what }.
edit-no-article = هذا المقال ليس في مساحة العمل
edit-article-open = هذا المقال مفتوح من قبل
edit-no-annotation = لا توسيم بالمعرّف { $id }
edit-annotation-exists = يوجد توسيم بالمعرّف { $id } من قبل
edit-empty = حدّد نصًا أولًا
edit-outside = المقطع { $start }–{ $end } خارج المقال (طوله { $length })
edit-no-tag = ليس في مساحة العمل وسم «{ $tag }»
edit-tag-in-use = ما زالت توسيمات موسومة بـ«{ $tag }»: غيّر وسمها أو احذفها أولًا
tags-row-same-name = وسمان باسم «{ $tag }»: أعطِ كلًّا منهما اسمًا خاصًا.
tags-no-target = لا يوجد وسم «{ $tag }» تُنقل إليه المقاطع.
tags-say-leaving = حدّد مصير المقاطع الموسومة بـ«{ $tag }»: غيّر وسمها أو احذفها.
article-edit-gone = لم يعد هذا المقال مفتوحًا
article-edit-locked = في نسخة الطالب من التمرين يبقى نص المقالات كما وُزّع
article-edit-same-text = مقال آخر مفتوح له هذا النص بعينه
kind-zip = أرشيف zip
kind-exercise = ملف تمرين كما يوزَّع على الطلاب
kind-workspace = مساحة عمل Framelens
kind-csv = جدول بيانات (CSV)
kind-doccano = ملف doccano ‏(JSONL)
kind-w3c = ملف توسيمات ويب W3C
kind-json = ملف JSON
kind-text = ملف نصي
kind-file = ملف
exercise-untitled = تمرين
exercise-one = { $title }
exercise-two = { $first } و{ $second }
exercise-more = { $first } و{ $second } و{ $count } غيرهما

## ما يقوله المتصفح

with-detail = { $what } ({ $detail })
storage-unopened = تعذّر فتح تخزين المتصفح
storage-full = تخزين المتصفح ممتلئ أو محظور
storage-no-indexeddb = لا يتيح هذا المتصفح IndexedDB لهذه الصفحة
storage-piece-missing = جزء من العمل المحفوظ مفقود من مساحة تخزين المتصفح
file-too-large = { $file } أكبر من { $limit } ميغابايت
file-not-readable = تعذّرت قراءة { $file }
page-too-deep = تتداخل عناصر هذه الصفحة أعمق من { $depth } مستوى، وهو ما لا تفعله أي صفحة أخبار، فلم تُقرأ
page-unreadable = تعذّر على المتصفح قراءة هذه الصفحة
page-not-html = هذه ليست صفحة ويب محفوظة بصيغة HTML
page-no-article = لم يُعثر في هذه الصفحة على نص مقال
single-file-missing = صفحة الملف الواحد (framelens.html) ليست بجانب هذه الصفحة

## التقرير القابل للطباعة

report-title = تقرير Framelens
report-summary = المقالات: { $articles }، التوسيمات: { $annotations }.
report-legend = مفتاح الألوان
report-legend-item = تسطير { $line }، العدد الكلي { $count }
report-notes = الملاحظات
report-back = العودة إلى النص
line-solid = متصل
line-double = مزدوج
line-wavy = متموج
line-dotted = منقّط
line-dashed = متقطع
