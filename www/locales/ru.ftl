# Интерфейс Framelens на русском. Одно сообщение в строке: идентификатор, «=», слова.
# { $name } подставляет страница; [one], [few], [many] и *[other] выбираются по числу.
# В каждом языковом файле те же идентификаторы в том же порядке.

## Заголовок

opening = Открываем ваше рабочее пространство…
save-off = Автосохранение выключено: экспортируйте, чтобы сохранить работу
save-saved = Все изменения сохранены
save-saving = Сохранение…
save-failed = Не сохранено: экспортируйте, чтобы сохранить работу
save-newer = Не сохранено: изменено в другой вкладке
newer-text = Это рабочее пространство сохранили в другой вкладке или окне после последнего сохранения здесь, поэтому здесь ничего не сохраняется, пока вы не выберете. Открыв более новую версию, вы потеряете изменения, сделанные здесь с тех пор; оставив эту, вы замените изменения другой вкладки (сначала экспортируйте, чтобы сохранить обе).
newer-open = Открыть более новую версию
newer-keep = Оставить версию этой вкладки
language-label = Язык
colours-label = Цвета
colours-system = Цвета системы
colours-light = Светлые цвета
colours-dark = Тёмные цвета

## Панель инструментов

toolbar-label = Разметка
tag-claim = Утверждение
tag-quote = Цитата
tag-framing = Фрейминг
tag-fact = Факт
tag-button-title = Отметить выделенное как { $tag } (клавиша { $key })
tag-button-title-unkeyed = Отметить выделенное как { $tag }
toolbar-undo = Отменить
toolbar-undo-title = Отменить (Ctrl+Z)
toolbar-redo = Повторить
toolbar-redo-title = Повторить (Ctrl+Shift+Z)
toolbar-add-article = Добавить статью
toolbar-import = Импорт
toolbar-import-title = Импорт аннотаций: Framelens, W3C, CSV, doccano, Label Studio или brat
toolbar-export = Экспорт
toolbar-side-by-side = Рядом
toolbar-side-by-side-title = Читать статьи рядом, с общими цитатами, связанными между собой
toolbar-tags = Метки…
toolbar-tags-title = Добавить, переименовать, раскрасить, упорядочить и определить метки
toolbar-exercise = Задание
toolbar-exercise-title = Сделать из этих статей задание для класса

## Статьи и текст

articles-label = Статьи
articles-hint = [ и ] переключают статьи
workbench-empty = Статей нет. Добавьте статью кнопкой «Добавить статью» или перетащите сюда файл .txt.
article-edit = Изменить статью…
article-remove = Удалить статью
article-text-label = Текст статьи: стрелки перемещают, Shift расширяет выделение, { $keys } отмечают его, Enter выбирает аннотацию у курсора
selection-bar-label = Отметить выделенное
keys-footer = Клавиши: выделите текст (мышью или Shift+стрелками в статье), затем { $keys }. Enter выбирает аннотацию у курсора, Delete удаляет выбранную, Ctrl+Z отменяет, Ctrl+Shift+Z повторяет.

## Боковая панель

panel-label = Аннотации
panel-title = Аннотации ({ $count })
panel-counts = Аннотации по меткам
panel-empty = Аннотаций пока нет. Выделите текст в статье и нажмите { $keys } или выберите метку выше.
panel-more = Показать ещё (не показано: { $count })
editor-label = Выбранная аннотация
editor-done = Готово
editor-tag = Метка
editor-note = Заметка
editor-delete = Удалить аннотацию

## Сообщения

notice-dismiss = Закрыть это сообщение
notice-stop = Остановить
orphans-title = Не размещено ({ $count })
orphans-hint = Эти импортированные аннотации не совпадают ни с одним текстом открытых статей, поэтому ничего не угадывалось. Откройте их статью или сохраните импортированный файл.
orphans-dismiss = Закрыть этот список

## Окно «Метки»

tags-title = Метки
tags-hint = Первые { $keyed } меток назначены на клавиши от 1 до { $keyed } в этом порядке. У каждого цвета своя линия, чтобы метки различались и при дальтонизме, и при печати. Одна отмена возвращает всё, что вы здесь сохраните.
tags-name = Название метки { $place }
tags-name-placeholder = Название
tags-colour = Цвет метки { $place }
tags-definition = Определение метки { $place }
tags-definition-placeholder = Что она отмечает, в одну строку
tags-up = Поднять метку { $place }
tags-down = Опустить метку { $place }
tags-remove = Удалить метку { $place }
tags-remove-button = Удалить
tags-add = Добавить метку
tags-leaving = { $count ->
    [one] { $count } фрагмент отмечен «{ $tag }»:
    [few] { $count } фрагмента отмечены «{ $tag }»:
    [many] { $count } фрагментов отмечены «{ $tag }»:
   *[other] { $count } фрагмента отмечены «{ $tag }»:
}
tags-leaving-choose = Выберите, что с ними сделать
tags-leaving-delete = Удалить их
tags-leaving-retag = Отметить их как { $tag }
tags-cancel = Отмена
tags-save = Сохранить метки
look-amber = Янтарный, сплошная линия
look-sky = Голубой, двойная линия
look-pink = Розовый, волнистая линия
look-green = Зелёный, точечная линия
look-orange = Оранжевый, штриховая линия
look-blue = Синий, волнистая линия
look-vermilion = Киноварный, двойная линия
look-grey = Серый, точечная линия
look-amber-wavy = Янтарный, волнистая линия
look-sky-dotted = Голубой, точечная линия
look-pink-solid = Розовый, сплошная линия
look-green-double = Зелёный, двойная линия

## Даты: «3 дек. 2026, 08:06»

date = { $day } { $month } { $year }, { $time }
month-1 = янв.
month-2 = февр.
month-3 = мар.
month-4 = апр.
month-5 = мая
month-6 = июн.
month-7 = июл.
month-8 = авг.
month-9 = сент.
month-10 = окт.
month-11 = нояб.
month-12 = дек.

## Добавить и изменить статью

add-title = Добавить статью
article-text = Текст статьи
add-text-placeholder = Вставьте статью сюда
article-title = Заголовок
article-title-placeholder = Первая строка, если пусто
article-source = Источник
article-source-placeholder = Издание или сайт
add-files = Или откройте файлы (текст, Markdown, сохранённые веб-страницы, Word, OpenDocument)
add-pasted-source = Вставленный текст
add-refused = Этот текст нельзя добавить: { $reason }.
add-pasted = Вставлено с веб-страницы: { $count ->
    [one] { $count } абзац
    [few] { $count } абзаца
    [many] { $count } абзацев
   *[other] { $count } абзаца
}; меню, кнопки «поделиться», описания изображений и скрипты опущены.
add-cancel = Отмена
add-add = Добавить
edit-title = Изменить статью
edit-hint = Аннотации следуют за своими словами в изменённый текст; те, что не могут, перечислены в разделе «Не размещено». Отмена возвращает всё.
edit-hint-fixed = В копии ученика текст остаётся таким, каким его раздал учитель; заголовок и источник можно менять.
edit-save = Сохранить

## Экспорт и прежние версии

export-title = Экспорт
export-hint = Все статьи и аннотации рабочего пространства в одном файле выбранного формата.
export-kept = Этот браузер хранит вашу работу, пока вы не очистите его данные; файл — это копия в другом месте.
export-not-kept = Этот браузер может стереть вашу работу, если ему не хватит места (Safari — через неделю без посещений): время от времени экспортируйте рабочее пространство, чтобы сохранить копию.
export-kept-unknown = Ваша работа хранится только в этом браузере: время от времени экспортируйте рабочее пространство, чтобы сохранить копию.
export-versions = Прежние версии…
close = Закрыть
format-workspace = Рабочее пространство Framelens (JSON)
format-workspace-keeps = Всё: статьи, метки, заметки, авторы и время. Импортируйте его, чтобы продолжить в другом месте.
format-w3c = W3C Web Annotation (JSON-LD)
format-w3c-keeps = Метки, заметки, авторы и время, с селекторами цитаты и позиции (позиции в кодовых точках: инструменты, считающие единицы UTF-16, должны привязываться по цитате). Без текста статей.
format-csv = Таблица (CSV)
format-csv-keeps = По строке на аннотацию с цитируемым текстом, заметкой, автором и временем. Без текста статей.
format-doccano = doccano (JSONL)
format-doccano-keeps = Статьи и метки. Позиции считаются в единицах UTF-16, как в doccano. Без заметок, авторов и времени. В doccano включите «Allow overlapping entity» и оставьте выключенным «Count grapheme clusters as one character».
format-label-studio = Label Studio (JSON)
format-label-studio-keeps = Статьи, метки и заметки (как текстовые поля областей). Позиции в кодовых точках. Без авторов и времени. Проекту Label Studio нужна конфигурация ниже.
format-label-studio-config = Конфигурация разметки Label Studio (XML)
format-label-studio-config-keeps = Конфигурация разметки для проекта Label Studio с этими метками: вставьте её в Settings, Labeling Interface, Code проекта.
format-brat = brat standoff (.zip)
format-brat-keeps = Файлы .txt и .ann на каждую статью, с метками и заметками. Без заголовков, авторов и времени; переносы строк в заметках становятся пробелами; переносы строк и табуляции на краях фрагментов опускаются, а внутри делят фрагмент.
format-report = Отчёт для печати (HTML)
format-report-keeps = Каждая статья с цветными подчёркнутыми фрагментами, легенда, подсчёты и заметки в сносках. Для чтения и печати; импортировать его нельзя.
versions-title = Прежние версии
versions-hint = Хранятся в этом браузере: по одной в час за последние сутки, по одной в день за последнюю неделю. Восстановление заменяет открытое; отмена возвращает его.
versions-looking = Поиск…
versions-none = Прежних версий ещё нет: первая сохраняется с первым изменением, затем по одной в час.
versions-unreadable = сохранение, которое не удалось прочитать
versions-contents = { $articles ->
    [one] { $articles } статья
    [few] { $articles } статьи
    [many] { $articles } статей
   *[other] { $articles } статьи
}, { $annotations ->
    [one] { $annotations } аннотация
    [few] { $annotations } аннотации
    [many] { $annotations } аннотаций
   *[other] { $annotations } аннотации
}
versions-entry = { $time }: { $what }, { $kb } КБ
versions-restore = Восстановить
versions-restore-label = Восстановить версию от { $time }
versions-download = Скачать
versions-download-label = Скачать версию от { $time }

## Списки: «Издание B, Издание C и Kurdistan24»

list-separator = { ", " }
list-and = { $rest } и { $last }

## Задание, для учителя

exercise-panel-title = Задание: { $title }
exercise-panel-key = Ключ: ваши аннотации ({ $annotations }) в статьях задания ({ $articles }). Прочитано работ: { $submissions }.
exercise-edit = Изменить задание
exercise-class = Класс и отзывы
exercise-outlets = Сравнение изданий
exercise-label = Задание
exercise-dialog-title = Задание для класса
exercise-brought-back = То, что вы вводили здесь раньше, вернулось и ещё не сохранено: сохраните задание, чтобы его не потерять.
exercise-hint = Ученики получают выбранные статьи, инструкции и описание меток. Ваши собственные аннотации этих статей — ключ: они остаются в вашем файле учителя и никогда не попадают в файл учеников.
exercise-new = Впервые здесь?
exercise-sample = Попробуйте пример класса
exercise-sample-hint = : примеры статей с ключом и работы пяти учеников.
exercise-title = Название
exercise-title-placeholder = Если пусто: { $title }
exercise-articles = Статьи задания
exercise-article-key = (фрагментов в ключе: { $spans })
exercise-instructions = Инструкции для учеников (простой текст: пустые строки между абзацами, «- » перед пунктами списка)
exercise-guide = Описание меток: по строке на метку (кнопка «Метки» меняет сами метки)
exercise-definition = Определение: { $tag }
exercise-locked = Ученики сохраняют эти статьи: они не могут добавлять, удалять или импортировать статьи
exercise-no-articles = Выберите для задания хотя бы одну статью.
exercise-page = Скачать страницу ученика (HTML)
exercise-page-title = Один HTML-файл, который сразу открывает задание, даже с флешки
exercise-student-file = Скачать файл ученика
exercise-teacher-file = Скачать файл учителя (с ключом)
exercise-save = Сохранить задание

## Задание, для ученика

student-guide = Описание меток
student-progress = Ваша работа по статьям
student-progress-article = { $source }: { $spans ->
    [one] { $spans } фрагмент
    [few] { $spans } фрагмента
    [many] { $spans } фрагментов
   *[other] { $spans } фрагмента
}
student-name = Ваше имя или псевдоним
student-hand-in = Сдать
student-so-far = Пока { $count ->
    [one] { $count } аннотация
    [few] { $count } аннотации
    [many] { $count } аннотаций
   *[other] { $count } аннотации
}; работа сохраняется в этом браузере по ходу дела.
student-not = Не { $name }? Начать как новый ученик
student-continue = Продолжить как { $name }
student-ask = Сдать сейчас?
student-untouched = Вы ещё ничего не отметили в статьях: { $articles }. Всё равно сдать?
student-anyway = Всё равно сдать
student-not-yet = Пока нет
