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
orphans-more = и ещё { $count }

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

## Класс

class-title = Класс: { $title }
class-read = Прочитать работы (выберите или перетащите сюда сколько угодно файлов)
class-files = Прочитанные файлы
class-twice = Сдано дважды: что оставить?
class-handed = сдано { $handed }, аннотаций: { $count }
class-handed-read = сдано { $handed }, прочитано { $read }, аннотаций: { $count }
class-keep-first = Оставить первую: { $which }
class-keep-this = Оставить эту: { $which }
class-score-hint = Каждая оценка учитывает частичное совпадение: фрагмент получает долю текста, общую с фрагментом ключа, и половину её при другой метке; 100 — это точно ключ. Строгий и частичный F1 в окне согласия считают каждый фрагмент найденным или нет.
class-method-title = Как считается оценка
class-method = Каждый ваш фрагмент сопоставляется не более чем с одним фрагментом ключа, сначала пары с наибольшим общим текстом. Пара приносит своё перекрытие: число общих символов двух фрагментов, делённое на число символов в любом из них (1 для точно того же фрагмента), или половину этого, если метки разные. Оценка — удвоенные очки, делённые на число фрагментов ключа плюс число ваших фрагментов, так что её снижают и пропущенные, и лишние фрагменты.
class-none = Работы ещё не прочитаны.
class-scores = Оценки относительно вашего ключа, в % (с частичным совпадением)
class-student = Ученик
class-overall = Итого
class-counts = Совпало · не та метка · пропущено · лишнее
class-feedback = Отзыв
class-feedback-page = Страница отзыва
class-feedback-for = Страница отзыва для { $student }
class-agreement = Согласие
class-heatmap = Тепловая карта и эталонный слой
class-csv = Оценки класса (CSV)
class-all-feedback = Все страницы отзывов

## Согласие

agreement-title = Согласие в классе
agreement-overall = Учеников: { $students }, слов у каждого: { $words }. Каппа Флейса { $fleiss }: { $reading }. Альфа Криппендорфа { $alpha }.
agreement-most-least = Класс больше всего согласен в метке «{ $most }» ({ $most-reading }), меньше всего — в метке «{ $least }» ({ $least-reading }).
agreement-one = Класс согласен в метке «{ $tag }»: { $reading }.
agreement-none = Метки пока различаются слишком мало, чтобы измерить согласие.
agreement-pair = Меньше всех согласны { $first } и { $second } ({ $kappa }: { $reading }).
agreement-hovered = { $first } и { $second }: { $kappa }, { $reading }
reading-none = не определено: все дали каждому слову одну и ту же метку
reading-0 = согласие меньше случайного
reading-1 = слабое согласие: чуть больше случайного
reading-2 = удовлетворительное согласие
reading-3 = умеренное согласие: ученики часто видят одно и то же
reading-4 = существенное согласие
reading-5 = почти полное согласие
measure-cohen = Каппа Коэна
measure-cohen-meaning = насколько два ученика согласны сверх случайного: 1 всегда, 0 как случайно, ниже 0 меньше случайного.
measure-fleiss = Каппа Флейса
measure-fleiss-meaning = то же для всего класса сразу.
measure-alpha = Альфа Криппендорфа
measure-alpha-meaning = согласие класса, измеренное иначе; близко к каппе Флейса, когда каждый ученик разметил каждую статью.
measure-f1 = Строгий и частичный F1
measure-f1-meaning = насколько фрагменты ученика совпадают с ключом, от 0 до 1: строгий считает только точно фрагмент и метку ключа, частичный — любое перекрытие с меткой ключа. Оценка в таблице класса между ними: частичный балл за долю общего текста и половина за неверную метку.
agreement-counted = Как считается
agreement-unit = Единица — слово (границы слов Unicode; пробелы и знаки препинания — не слова). Каждый ученик даёт каждому слову одну метку: никакой или метку своего самого короткого фрагмента над ним. По каждой метке слово считается этой меткой или нет, так что перекрывающиеся фрагменты разных меток учитываются каждый. Каппа и альфа равны 1 при полном согласии и 0 при том, что дал бы один случай.
agreement-per-tag = По меткам
agreement-tag = Метка
agreement-reading = Толкование
agreement-matrix = Каппа Коэна для каждой пары учеников
agreement-matrix-drawn = Каппа для каждой пары учеников; значения — в таблице ниже
agreement-matrix-table = Матрица в виде таблицы
agreement-f1 = Строгий и частичный F1 относительно ключа
agreement-strict = Строгий (точные фрагменты)
agreement-partial = Частичный (перекрывающиеся фрагменты)
agreement-confusion = Слова по метке ключа (строки) и метке учеников (столбцы), все ученики
agreement-no-tag = Без метки
band-0 = ниже случайного
band-1 = слабое
band-2 = удовлетворительное
band-3 = умеренное
band-4 = существенное
band-5 = почти полное

## Тепловая карта и эталонный слой

heatmap-title = Где класс ставил метки
heatmap-article = Статья
heatmap-tag = Метка
heatmap-all = Все метки
heatmap-legend = Ученики, отметившие это; чем их больше, тем ярче цвет:
heatmap-legend-tag = Ученики, отметившие это как { $tag }; чем их больше, тем ярче цвет:
heatmap-in-gold = в эталонном слое
heatmap-chosen = Выбранный фрагмент
heatmap-hint = Наведите курсор или фокус на фрагмент, чтобы увидеть, кто его отметил. С фрагментом в фокусе: Enter принимает метку большинства, клавиша метки — эту метку, Delete убирает его из эталонного слоя.
heatmap-gold = Эталонный слой: фрагментов { $count }.
heatmap-stretch = { $count } из { $students } учеников
heatmap-stretch-gold = { $count } из { $students } учеников, эталон: { $tag }
heatmap-accept = Принять как { $tag }
heatmap-accept-majority = Принять как { $tag } (большинство)
heatmap-remove = Убрать из эталона ({ $tag })
gold-article = Сделать эталонный слой ключом этой статьи…
gold-every = …ключом всех статей
gold-replace-label = Заменить ключ
gold-replaced = Ваш ключ заменяется эталонным слоем:
gold-change = { $title }: фрагментов в ключе сейчас { $now }, после { $after }
gold-undo = Отмена вернёт прежний ключ.
gold-replace = Заменить ключ

## Сравнение изданий и рядом

outlets-title = Сравнение изданий
outlets-counted = Учтённые аннотации
outlets-key = Ключ
outlets-yours = Ваши аннотации
outlets-majority = Большинство класса
outlets-gold = Эталонный слой
outlets-outlet = Издание
outlets-spans = Фрагменты по меткам: { $name }
outlets-spans-chart = Фрагменты по меткам и изданиям, { $name }
outlets-share = Доля размеченного текста: { $name }
outlets-share-chart = Доля текста каждого издания под каждой меткой, { $name }
side-title = Рядом
side-shown = Показанные статьи
side-quotes = Цитат, встречающихся больше чем в одной из этих статей: { $count } (те же слова, какими бы ни были кавычки, тире и пробелы). Выберите одну, чтобы увидеть её в других.
side-also = Цитата есть ещё в других статьях: { $others }
agreement-point = Наведите на клетку, чтобы увидеть пару и значение.

## Что страница говорит после своих действий

download-refused = Браузер отказался скачивать файл.
file-unread = { $reason }; ничего не изменилось.
file-refused = { $file } не удаётся открыть: { $reason }.
page-refused = Не удалось создать страницу ученика: { $reason }. Раздайте вместо неё файл ученика.
name-first = Сначала введите своё имя или псевдоним, чтобы учитель знал, чья это работа.
handed-in = Сдано под именем { $name }: отдайте скачанный файл учителю. Можно продолжить и сдать снова.
student-kept = Работа { $name } сохранена на этом компьютере, чтобы продолжить её здесь позже. Введите своё имя и начинайте.
student-not-kept = Работу { $name } не удалось отложить: { $reason }.
own-not-kept = Вашу работу не удалось отложить: { $reason }.
welcome-back = С возвращением, { $name }: ваша работа открыта.
student-unopened = Работу { $name } не удалось открыть.
version-unread = Версию от { $time } не удалось прочитать: { $reason }.
version-gone = Версия от { $time } больше не хранится.
other-tab-unread = Версию, сохранённую в другой вкладке, не удалось прочитать ({ $reason }); эта остаётся открытой.
other-tab-updated = Обновлено изменениями из другой вкладки.
other-tab-opened = Открыта версия, сохранённая в другой вкладке.
remind-student = Ваша работа хранится только в этом браузере. Время от времени сдавайте её: файл — ваша копия.
remind-never = Ваша работа хранится только в этом браузере и ни разу здесь не экспортировалась. Время от времени экспортируйте рабочее пространство, чтобы сохранить копию.
remind-days = Ваша работа хранится только в этом браузере, а последний экспорт был дней назад: { $days }. Время от времени экспортируйте рабочее пространство, чтобы сохранить копию.
autosave-failed = Автосохранение не удалось: { $reason }. Экспортируйте рабочее пространство, чтобы сохранить работу.
class-unsaved = Не удалось сохранить класс: { $reason }.
saved-items-lost = Не удалось открыть части сохранённого рабочего пространства ({ $count }): { $items }. Сохранение в прежнем виде хранится среди прежних версий (Экспорт, затем Прежние версии).
saved-steps-lost = Ваша работа открыта, но не удалось восстановить: { $lost }. Проверьте её и экспортируйте рабочее пространство, чтобы сохранить копию.
saved-unread = Сохранённое рабочее пространство не удалось прочитать ({ $reason }). Оно хранится среди прежних версий (Экспорт, затем Прежние версии), откуда его можно скачать; вместо него открыто новое рабочее пространство.
autosave-off = Автосохранение выключено: { $reason }. Экспортируйте рабочее пространство, чтобы сохранить работу.
baked-unread = Не удалось открыть задание на этой странице: { $reason }.

## Что страница говорит после действия

removed = { $title } и его аннотации удалены. Отмена вернёт их.
already-open = Эта статья уже открыта; вот она.
not-teacher = Это работы учеников. Чтобы прочитать их, откройте файл учителя для этого задания (рабочее пространство, экспортированное при его создании); ничего не изменилось.
read-files = Прочитано { $read } из { $count }; учеников в классе: { $students }. Сообщение о каждом файле — в разделе «Класс и отзывы».
student-copy-refused = { $file } не импортирован, ничего не изменилось: это копия ученика для задания { $title }, и импорт превратил бы вашу копию учителя в копию ученика. Читайте работы учеников в разделе «Класс и отзывы».
import-stopped = Импорт { $file } остановлен: ничего не изменилось.
import-refused = { $file } не импортирован, ничего не изменилось: { $reason }.
import-failed = Ничего не импортировано: { $reason }.
import-exercise = Открыто задание { $title }: его инструкции и описание меток — над статьями.
import-done = Импортировано статей: { $articles }, аннотаций: { $annotations }.
import-reanchored = Размещено по цитате, в изменившемся тексте: { $count }.
import-orphans = Не удалось разместить: { $count }; они перечислены в разделе «Не размещено».
import-new-tags = { $count ->
    [one] Новая метка
   *[other] Новые метки
}: { $tags }.
import-note = Примечание: { $note }.
import-skipped = Пропущено: { $count } ({ $items })
articles-fixed = Учитель закрепил статьи этого задания: здесь нельзя добавлять, удалять или импортировать статьи.
select-first = Сначала выделите текст в статье, затем нажмите { $key } или выберите «{ $tag }».
select-first-unkeyed = Сначала выделите текст в статье, затем выберите «{ $tag }».
tags-fixed = Метки этого задания — метки учителя: в вашей копии их нельзя менять.
edit-orphans = Текст изменён. Не смогли последовать за ним в новый текст аннотаций: { $count }; они перечислены в разделе «Не размещено». Отмена вернёт прежний текст.
edit-refused = Статья не изменена: { $reason }.
reading-file = Чтение { $file }…
importing-read = Импорт { $file }: прочитано { $done } из { $total } аннотаций…
importing-placed = Импорт { $file }: размещено { $done } из { $total } аннотаций…
gold-now-key = Эталонный слой теперь стал ключом: { $changes }. Отмена вернёт прежний ключ.
gold-change-said = { $title }: было { $now }, стало { $after }
sample-opened = Это пример задания глазами его учителя: выделения — ключ, и пятеро учеников-примеров сдали работы. Откройте «Класс и отзывы», чтобы увидеть их оценки.
nothing-undo = Нечего отменять.
nothing-redo = Нечего повторять.
restored = Восстановлена версия от { $time }. Отмена вернёт то, что было открыто раньше.
tag-claim-definition = Утверждение, которое можно оспорить или проверить: то, что кто-то выдаёт за истину.
tag-quote-definition = Слова, переданные как чьи-то собственные, в кавычках или с указанием автора.
tag-framing-definition = Выбор слов, который показывает людей или события в определённом свете: имена, титулы, ярлыки, оценочные слова.
tag-fact-definition = Проверяемая подробность, которую никто не оспаривает: дата, место, число, событие.

## Страницы отзывов, на языке задания

feedback-title = Отзыв: { $title }
feedback-who = { $student } · сдано { $handed }
feedback-overall = Итоговая оценка: { $score } (с частичным совпадением: F1 из 100)
feedback-teacher-note = Заметка учителя
feedback-your-note = Ваша заметка
feedback-matched = Найдено, с той же меткой
feedback-wrong = Найдено, но отмечено как { $given }, а в ключе — { $key }
feedback-missed = Пропущено: есть в ключе, не отмечено
feedback-extra = Нет в ключе
feedback-nothing = Здесь нечего отмечать, и ничего не отмечено: без оценки.
feedback-score = Оценка { $score } %: найдено с той же меткой — { $matched }, с другой меткой — { $wrong }, пропущено — { $missed }, нет в ключе — { $extra }.
feedback-what = Что произошло
feedback-key = Ключ
feedback-yours = Ваше
feedback-points = Баллы

## Что окно класса говорит о каждом файле

file-not-submission = Не прочитано: это { $what }, а не работа ученика. Ничего не изменилось.
file-not-read = Не прочитано: { $reason }.
file-read = Прочитано: { $student }, аннотаций: { $count }.
file-read-again = Уже прочитано: { $student }, аннотаций: { $count }; ничего не изменилось.
file-twice = { $student } сдаёт во второй раз: первый прочитанный файл сдан { $first }, этот — { $later }. Оба ниже: выберите, какой оставить; до тех пор считается первый.

## Чтение файлов: что прочитано, что пропущено и почему

warning-separator = {"; "}
skipped = { $at }: пропущено, { $why }
read-as = { $name } прочитан как { $how }: абзацев — { $paragraphs }, заголовок { $title }.
read-plain = обычный текст
read-plain-in = обычный текст в кодировке { $encoding }
read-markdown = Markdown, без разметки
read-markdown-in = Markdown в кодировке { $encoding }, без разметки
read-word = документ Word
read-opendocument = текст OpenDocument
encoding-utf16 = UTF-16 («текст в Юникоде»)
encoding-windows-1252 = Windows-1252 (западноевропейская, из старых программ Windows)
read-web-page = { $name } прочитан как сохранённая веб-страница: { $parts }. Меню, кнопки «поделиться», комментарии и скрипты опущены.
web-paragraphs = абзацев — { $count }
web-titled = заголовок { $title }
web-from = источник { $site }
web-by = автор { $byline }
web-published = опубликовано { $date }
document-empty = текст пуст
document-too-large = текст больше { $limit } МБ — это предел для одной статьи
document-not-text = это не текстовый файл (ожидается UTF-8, UTF-16 или Windows-1252)
offset-past-end = позиция { $offset } за концом текста ({ $length })
offset-inside-character = позиция { $offset } попадает внутрь символа
offsets-reversed = его позиции { $start } и { $end } пусты или перепутаны
anchor-nothing = у него нет ни цитаты, ни позиции в статье
anchor-not-found = его текста «{ $quote }» нет в статье
anchor-budget-spent = его текста «{ $quote }» нет в статье дословно, а приблизительно уже искали слишком много других
anchor-not-even-approximately = его текста «{ $quote }» нет в статье, даже приблизительно
anchor-too-long = его текст «{ $quote }» длиннее статьи
anchor-ambiguous = его текст «{ $quote }» встречается { $count } { $count ->
    [few] раза
   *[other] раз
}, и ничто не говорит, какой из них имеется в виду
place-no-quote = его статья здесь не открыта, и у него нет цитаты, по которой её найти
place-not-near = { $why }; его собственная статья здесь не открыта, поэтому приблизительный поиск не проводился
place-nothing-open = нет открытой статьи, куда его поместить
skip-id-twice = его идентификатор { $id } встречается дважды
record-id-exists = { $at }: аннотация с идентификатором { $id } уже есть; оставлена та, что в рабочей области
import-kept-for-notes = Аннотаций на словах, уже так же отмеченных здесь, но с другой заметкой: { $count }; они сохранены рядом
import-already-here = Аннотаций, которые уже были здесь и не добавлены: { $count }
skip-tag-not-exercises = его метка «{ $tag }» не из этого задания
skip-tag-unnamable = «{ $tag }» не может быть названием метки
import-too-large = файл больше { $limit } МБ — это предел импорта Framelens
import-lone-ann = файл .ann из brat читается вместе со своим .txt: положите оба (и остальные) в один .zip и импортируйте его
import-not-text = это не текстовый файл (ожидается UTF-8, UTF-16 или Windows-1252)
import-encoding = файл прочитан в кодировке { $encoding }
import-unknown-json = этот JSON не относится ни к одному формату, который читает Framelens (рабочая область Framelens, веб-аннотации W3C, задачи Label Studio или JSONL doccano)
import-invalid = файл повреждён: строка { $line }, столбец { $column } ({ $detail })
at-file = { $file }
at-file-line = { $file }, строка { $line }
brat-nothing = в этом архиве нет ни файлов .txt и .ann из brat, ни файлов .jsonl из doccano
brat-lone-ann = { $stem }.ann пропущен: рядом нет { $stem }.txt
brat-unread = { $file }: не прочитано строк с отношениями, событиями или атрибутами: { $count }; в Framelens есть только отмеченные фрагменты
brat-no-offsets = у него нет позиций
brat-no-type = у него нет типа
brat-not-offsets = «{ $fragment }» — не пара позиций
brat-text-differs = его текст «{ $text }» не совпадает с текстом на его позициях, как требует brat
brat-fragments-apart = его части разнесены; фрагменты в Framelens непрерывны
file-empty = файл пуст
no-tag = у него нет метки
at-row = строка { $line }
csv-unclosed = в строке { $line } поле в кавычках так и не закрыто
csv-no-header = первая строка должна называть столбцы, как минимум «tag» и «text» (или «start» и «end»)
csv-offsets-unordered = { $at }: начало «{ $start }» и конец «{ $end }» — не две позиции по порядку; размещено по тексту
at-said = { $at }: { $what }
at-line = строка { $line }
at-record = запись { $n }
at-label = { $at }, метка { $n }
at-in-file = { $file }, { $at }
not-utf8 = это не текст в UTF-8
doccano-no-text = у него нет «text»
no-label = у него нет метки
offsets-not-numbers = его позиции — не два целых числа
in-utf16 = { $why } (в единицах UTF-16)
at-task = задача { $n }
at-annotation-of = { $at }, аннотация { $n }
at-result = { $at }, результат { $n }
label-studio-min-not-list = экспорт JSON-MIN из Label Studio — это список задач, а здесь не список
label-studio-no-text = в его данных нет текста
label-studio-no-place = у него нет ни позиций по порядку, ни текста
empty-label-skipped = пустая метка пропущена
id-not-uuid = «{ $id }» — не UUID
at-annotation = аннотация { $n }
at-document = статья { $n } ({ $title })
newer-version = версия этого файла — { $version }, новее той, что читает этот Framelens ({ $known }); обновите Framelens
native-not-workspace = это не файл рабочей области Framelens (его «format» не «{ $format }»)
native-text-changed = текст { $title } изменён после экспорта, поэтому он открывается как отдельная статья, а его аннотации размещаются по цитатам
native-exercise-left-out = задание не загружено: { $why }
exercise-article-unread = статью { $title } нельзя открыть: { $why }
exercise-article-changed = статья { $title } изменена после создания задания; попросите файл ещё раз
file-tags-broken = метки файла нельзя использовать: { $why }
file-exercise-broken = задание в этом файле повреждено: { $why }
exercise-no-id = у него нет нормального идентификатора
exercise-too-long = его название или инструкции слишком длинные
exercise-article-missing = в нём названа статья, которой нет в файле
exercise-no-role = его роль — ни учитель, ни ученик
tags-none = оставьте хотя бы одну метку
tags-too-many = в рабочей области не больше { $limit } меток
tags-unnamed = у каждой метки должно быть название
tags-name-too-long = название метки «{ $tag }» длиннее { $limit } символов
tags-name-broken = в названии метки «{ $tag }» есть табуляция или перенос строки
tags-same-name = две метки называются «{ $tag }»
zip-cut-short = этот ZIP-архив обрезан или повреждён
zip-not-zip = это не ZIP-архив
zip-64 = этот архив в формате ZIP64, который Framelens не читает
zip-encrypted = { $file } в этом архиве зашифрован
zip-too-large = распакованный архив больше { $limit } МБ — это предел импорта Framelens
zip-damaged = { $file } в этом архиве повреждён
zip-method = { $file } сжат методом { $method }, который Framelens не читает
zip-checksum = { $file } в этом архиве повреждён (неверная контрольная сумма)
office-not = это не { $kind }: в нём нет текста
office-empty = это { $kind } без текста
w3c-pages-elsewhere = страницы этой коллекции лежат в другом месте (её «first» — ссылка); сохраните сами страницы
w3c-not-object = это не объект JSON
w3c-no-tag = у него нет тела с меткой (tagging)
w3c-no-target = у него нет цели
w3c-position-unordered = его TextPositionSelector — не две позиции по порядку; размещено по цитате
journal-article-unread = не удалось прочитать статью: { $why }
journal-article-differs = текст статьи отличается от сохранённого
journal-no-tag = у аннотации нет метки
journal-not-fingerprint = «{ $text }» — не отпечаток статьи
lost-history = история отмены до перезагрузки
lost-changes = { $count ->
    [one] последнее изменение
   *[other] последние изменения ({ $count })
}
submission-not-text = это не текстовый файл
submission-not-submission = это не работа, сданная в Framelens
submission-other-exercise = это для другого задания, { $title }
submission-no-student = в нём нет имени ученика
submission-article-changed = текст статьи { $title } отличается от текста задания (его изменили), поэтому его нельзя оценить
submission-article-missing = статьи { $title } в нём нет (её удалили из копии ученика), поэтому её нельзя оценить
submission-too-many = в нём аннотаций: { $count } — больше, чем кто-либо делает вручную
submission-off-exercise = она на статье, которой нет в задании
submission-outside = её фрагмент { $start }–{ $end } за пределами статьи
submission-other-tag = её метка «{ $tag }» не из этого задания
sentence = { $what }.
edit-no-article = этой статьи нет в рабочей области
edit-article-open = эта статья уже открыта
edit-no-annotation = нет аннотации с идентификатором { $id }
edit-annotation-exists = аннотация с идентификатором { $id } уже есть
edit-empty = сначала выделите текст
edit-outside = фрагмент { $start }–{ $end } за пределами статьи (длина { $length })
edit-no-tag = в рабочей области нет метки «{ $tag }»
edit-tag-in-use = ещё есть аннотации с меткой «{ $tag }»: сначала смените им метку или удалите их
tags-row-same-name = Две метки называются «{ $tag }»: дайте каждой своё название.
tags-no-target = Нет метки «{ $tag }», на которую можно перенести фрагменты.
tags-say-leaving = Укажите, что станет с фрагментами с меткой «{ $tag }»: сменить им метку или удалить их.
article-edit-gone = эта статья больше не открыта
article-edit-locked = в копии ученика текст статей остаётся таким, каким его выдали
article-edit-same-text = у другой открытой статьи точно такой же текст
kind-zip = ZIP-архив
kind-exercise = файл задания, как его раздают ученикам
kind-workspace = рабочая область Framelens
kind-csv = таблица (CSV)
kind-doccano = файл doccano (JSONL)
kind-w3c = файл веб-аннотаций W3C
kind-json = файл JSON
kind-text = текстовый файл
kind-file = файл
exercise-untitled = Задание
exercise-one = { $title }
exercise-two = { $first } и { $second }
exercise-more = { $first }, { $second } и ещё { $count }

## Что говорит браузер

with-detail = { $what } ({ $detail })
storage-unopened = не удалось открыть хранилище браузера
storage-full = хранилище браузера заполнено или заблокировано
storage-no-indexeddb = этот браузер не даёт этой странице IndexedDB
storage-piece-missing = часть сохранённой работы отсутствует в хранилище браузера
file-too-large = { $file } больше { $limit } МБ
file-not-readable = не удалось прочитать { $file }
page-too-deep = эта страница вкладывает элементы глубже { $depth } уровней, чего не делает ни одна новостная страница, поэтому она не прочитана
page-unreadable = браузер не смог прочитать эту страницу
page-not-html = это не веб-страница, сохранённая как HTML
page-no-article = на этой странице не найден текст статьи
single-file-missing = страницы в одном файле (framelens.html) нет рядом с этой страницей

## Отчёт для печати

report-title = Отчёт Framelens
report-summary = Статей: { $articles }, аннотаций: { $annotations }.
report-legend = Легенда
report-legend-item = подчёркивание: { $line }, всего { $count }
report-notes = Заметки
report-back = Назад к тексту
line-solid = сплошное
line-double = двойное
line-wavy = волнистое
line-dotted = точечное
line-dashed = штриховое
