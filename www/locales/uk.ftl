# Інтерфейс Framelens українською. Одне повідомлення в рядку: ідентифікатор, «=», слова.
# { $name } підставляє сторінка; [one], [few], [many] і *[other] обираються за числом.
# У кожному мовному файлі ті самі ідентифікатори в тому самому порядку.

## Заголовок

opening = Відкриваємо ваш робочий простір…
save-off = Автозбереження вимкнено: експортуйте, щоб зберегти роботу
save-saved = Усі зміни збережено
save-saving = Збереження…
save-failed = Не збережено: експортуйте, щоб зберегти роботу
save-newer = Не збережено: змінено в іншій вкладці
newer-text = Цей робочий простір збережено в іншій вкладці чи вікні після останнього збереження тут, тож тут нічого не зберігається, доки ви не оберете. Якщо відкрити новішу версію, зміни, зроблені тут відтоді, зникнуть; якщо залишити цю, вона замінить зміни іншої вкладки (спершу експортуйте, щоб зберегти обидві).
newer-open = Відкрити новішу версію
newer-keep = Залишити версію цієї вкладки
language-label = Мова
colours-label = Кольори
colours-system = Кольори системи
colours-light = Світлі кольори
colours-dark = Темні кольори

## Панель інструментів

toolbar-label = Розмітка
tag-claim = Твердження
tag-quote = Цитата
tag-framing = Фреймінг
tag-fact = Факт
tag-button-title = Позначити виділене як { $tag } (клавіша { $key })
tag-button-title-unkeyed = Позначити виділене як { $tag }
toolbar-undo = Скасувати
toolbar-undo-title = Скасувати (Ctrl+Z)
toolbar-redo = Повторити
toolbar-redo-title = Повторити (Ctrl+Shift+Z)
toolbar-add-article = Додати статтю
toolbar-import = Імпорт
toolbar-import-title = Імпорт анотацій: Framelens, W3C, CSV, doccano, Label Studio або brat
toolbar-export = Експорт
toolbar-side-by-side = Поруч
toolbar-side-by-side-title = Читати статті поруч, зі спільними цитатами, пов'язаними між собою
toolbar-tags = Мітки…
toolbar-tags-title = Додати, перейменувати, розфарбувати, впорядкувати й визначити мітки
toolbar-exercise = Завдання
toolbar-exercise-title = Зробити з цих статей завдання для класу

## Статті й текст

articles-label = Статті
articles-hint = [ і ] перемикають статті
workbench-empty = Статей немає. Додайте статтю кнопкою «Додати статтю» або перетягніть сюди файл .txt.
article-edit = Змінити статтю…
article-remove = Прибрати статтю
article-text-label = Текст статті: стрілки переміщують, Shift розширює виділення, { $keys } позначають його, Enter обирає анотацію біля курсора
selection-bar-label = Позначити виділене
keys-footer = Клавіші: виділіть текст (мишею або Shift+стрілками в статті), потім { $keys }. Enter обирає анотацію біля курсора, Delete видаляє обрану, Ctrl+Z скасовує, Ctrl+Shift+Z повторює.

## Бічна панель

panel-label = Анотації
panel-title = Анотації ({ $count })
panel-counts = Анотації за мітками
panel-empty = Анотацій ще немає. Виділіть текст у статті й натисніть { $keys } або оберіть мітку вище.
panel-more = Показати більше (не показано: { $count })
editor-label = Обрана анотація
editor-done = Готово
editor-tag = Мітка
editor-note = Нотатка
editor-delete = Видалити анотацію

## Повідомлення

notice-dismiss = Закрити це повідомлення
notice-stop = Зупинити
orphans-title = Не розміщено ({ $count })
orphans-hint = Ці імпортовані анотації не збігаються з жодним текстом відкритих статей, тож нічого не вгадувалося. Відкрийте їхню статтю або збережіть імпортований файл.
orphans-dismiss = Закрити цей список

## Вікно «Мітки»

tags-title = Мітки
tags-hint = Перші { $keyed } міток мають клавіші від 1 до { $keyed } у цьому порядку. Кожен колір має власну лінію, щоб мітки розрізнялися і за дальтонізму, і під час друку. Одне скасування повертає все, що ви тут збережете.
tags-name = Назва мітки { $place }
tags-name-placeholder = Назва
tags-colour = Колір мітки { $place }
tags-definition = Визначення мітки { $place }
tags-definition-placeholder = Що вона позначає, в один рядок
tags-up = Підняти мітку { $place }
tags-down = Опустити мітку { $place }
tags-remove = Прибрати мітку { $place }
tags-remove-button = Прибрати
tags-add = Додати мітку
tags-leaving = { $count ->
    [one] { $count } фрагмент позначено «{ $tag }»:
    [few] { $count } фрагменти позначено «{ $tag }»:
    [many] { $count } фрагментів позначено «{ $tag }»:
   *[other] { $count } фрагмента позначено «{ $tag }»:
}
tags-leaving-choose = Оберіть, що з ними зробити
tags-leaving-delete = Видалити їх
tags-leaving-retag = Позначити їх як { $tag }
tags-cancel = Скасувати
tags-save = Зберегти мітки
look-amber = Бурштиновий, суцільна лінія
look-sky = Блакитний, подвійна лінія
look-pink = Рожевий, хвиляста лінія
look-green = Зелений, крапкова лінія
look-orange = Помаранчевий, штрихова лінія
look-blue = Синій, хвиляста лінія
look-vermilion = Кіноварний, подвійна лінія
look-grey = Сірий, крапкова лінія
look-amber-wavy = Бурштиновий, хвиляста лінія
look-sky-dotted = Блакитний, крапкова лінія
look-pink-solid = Рожевий, суцільна лінія
look-green-double = Зелений, подвійна лінія
