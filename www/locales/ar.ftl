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
