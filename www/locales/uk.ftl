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

## Дати: «3 груд. 2026, 08:06»

date = { $day } { $month } { $year }, { $time }
month-1 = січ.
month-2 = лют.
month-3 = бер.
month-4 = квіт.
month-5 = трав.
month-6 = черв.
month-7 = лип.
month-8 = серп.
month-9 = вер.
month-10 = жовт.
month-11 = лист.
month-12 = груд.

## Додати й змінити статтю

add-title = Додати статтю
article-text = Текст статті
add-text-placeholder = Вставте статтю сюди
article-title = Заголовок
article-title-placeholder = Перший рядок, якщо порожньо
article-source = Джерело
article-source-placeholder = Видання або сайт
add-files = Або відкрийте файли (текст, Markdown, збережені вебсторінки, Word, OpenDocument)
add-pasted-source = Вставлений текст
add-refused = Цей текст не можна додати: { $reason }.
add-pasted = Вставлено з вебсторінки: { $count ->
    [one] { $count } абзац
    [few] { $count } абзаци
    [many] { $count } абзаців
   *[other] { $count } абзацу
}; меню, кнопки «поділитися», описи зображень і скрипти пропущено.
add-cancel = Скасувати
add-add = Додати
edit-title = Змінити статтю
edit-hint = Анотації йдуть за своїми словами у змінений текст; ті, що не можуть, перелічено в розділі «Не розміщено». Скасування повертає все.
edit-hint-fixed = У копії учня текст лишається таким, яким його роздав учитель; заголовок і джерело можна змінювати.
edit-save = Зберегти

## Експорт і попередні версії

export-title = Експорт
export-hint = Усі статті й анотації робочого простору в одному файлі обраного формату.
export-kept = Цей браузер зберігає вашу роботу, доки ви не очистите його дані; файл — це копія деінде.
export-not-kept = Цей браузер може стерти вашу роботу, коли бракуватиме місця (Safari — після тижня без відвідин): час від часу експортуйте робочий простір, щоб мати копію.
export-kept-unknown = Ваша робота зберігається лише в цьому браузері: час від часу експортуйте робочий простір, щоб мати копію.
export-versions = Попередні версії…
close = Закрити
format-workspace = Робочий простір Framelens (JSON)
format-workspace-keeps = Усе: статті, мітки, нотатки, автори й час. Імпортуйте його, щоб продовжити деінде.
format-w3c = W3C Web Annotation (JSON-LD)
format-w3c-keeps = Мітки, нотатки, автори й час, із селекторами цитати й позиції (позиції в кодових точках: інструменти, що рахують одиниці UTF-16, мають прив'язуватися за цитатою). Без тексту статей.
format-csv = Таблиця (CSV)
format-csv-keeps = Рядок на кожну анотацію з цитованим текстом, нотаткою, автором і часом. Без тексту статей.
format-doccano = doccano (JSONL)
format-doccano-keeps = Статті й мітки. Позиції рахуються в одиницях UTF-16, як у doccano. Без нотаток, авторів і часу. У doccano увімкніть «Allow overlapping entity» і залиште вимкненим «Count grapheme clusters as one character».
format-label-studio = Label Studio (JSON)
format-label-studio-keeps = Статті, мітки й нотатки (як текстові поля областей). Позиції в кодових точках. Без авторів і часу. Проєкту Label Studio потрібна конфігурація нижче.
format-label-studio-config = Конфігурація розмітки Label Studio (XML)
format-label-studio-config-keeps = Конфігурація розмітки для проєкту Label Studio з цими мітками: вставте її в Settings, Labeling Interface, Code проєкту.
format-brat = brat standoff (.zip)
format-brat-keeps = Файли .txt і .ann для кожної статті, з мітками й нотатками. Без заголовків, авторів і часу; розриви рядків у нотатках стають пробілами; розриви рядків і табуляції на краях фрагментів пропускаються, а всередині ділять фрагмент.
format-report = Звіт для друку (HTML)
format-report-keeps = Кожна стаття з кольоровими підкресленими фрагментами, легенда, підрахунки й нотатки у виносках. Для читання й друку; імпортувати його не можна.
versions-title = Попередні версії
versions-hint = Зберігаються в цьому браузері: по одній на годину за останню добу, по одній на день за останній тиждень. Відновлення замінює відкрите; скасування повертає його.
versions-looking = Пошук…
versions-none = Попередніх версій ще немає: першу збережено з першою зміною, далі по одній на годину.
versions-unreadable = збереження, яке не вдалося прочитати
versions-contents = { $articles ->
    [one] { $articles } стаття
    [few] { $articles } статті
    [many] { $articles } статей
   *[other] { $articles } статті
}, { $annotations ->
    [one] { $annotations } анотація
    [few] { $annotations } анотації
    [many] { $annotations } анотацій
   *[other] { $annotations } анотації
}
versions-entry = { $time }: { $what }, { $kb } КБ
versions-restore = Відновити
versions-restore-label = Відновити версію від { $time }
versions-download = Завантажити
versions-download-label = Завантажити версію від { $time }

## Списки: «Видання B, Видання C і Kurdistan24»

list-separator = { ", " }
list-and = { $rest } і { $last }

## Завдання, для вчителя

exercise-panel-title = Завдання: { $title }
exercise-panel-key = Ключ: ваші анотації ({ $annotations }) у статтях завдання ({ $articles }). Прочитано робіт: { $submissions }.
exercise-edit = Змінити завдання
exercise-class = Клас і відгуки
exercise-outlets = Порівняння видань
exercise-label = Завдання
exercise-dialog-title = Завдання для класу
exercise-brought-back = Те, що ви вводили тут раніше, повернулося й ще не збережене: збережіть завдання, щоб його не втратити.
exercise-hint = Учні отримують обрані статті, інструкції та опис міток. Ваші власні анотації цих статей — ключ: вони лишаються у вашому файлі вчителя й ніколи не потрапляють у файл учнів.
exercise-new = Уперше тут?
exercise-sample = Спробуйте приклад класу
exercise-sample-hint = : приклади статей із ключем і роботи п'ятьох учнів.
exercise-title = Назва
exercise-title-placeholder = Якщо порожньо: { $title }
exercise-articles = Статті завдання
exercise-article-key = (фрагментів у ключі: { $spans })
exercise-instructions = Інструкції для учнів (простий текст: порожні рядки між абзацами, «- » перед пунктами списку)
exercise-guide = Опис міток: рядок на мітку (кнопка «Мітки» змінює самі мітки)
exercise-definition = Визначення: { $tag }
exercise-locked = Учні зберігають ці статті: вони не можуть додавати, прибирати чи імпортувати статті
exercise-no-articles = Оберіть для завдання хоча б одну статтю.
exercise-page = Завантажити сторінку учня (HTML)
exercise-page-title = Один HTML-файл, що одразу відкриває завдання, навіть із флешки
exercise-student-file = Завантажити файл учня
exercise-teacher-file = Завантажити файл учителя (з ключем)
exercise-save = Зберегти завдання

## Завдання, для учня

student-guide = Опис міток
student-progress = Ваша робота за статтями
student-progress-article = { $source }: { $spans ->
    [one] { $spans } фрагмент
    [few] { $spans } фрагменти
    [many] { $spans } фрагментів
   *[other] { $spans } фрагмента
}
student-name = Ваше ім'я або псевдонім
student-hand-in = Здати
student-so-far = Поки що { $count ->
    [one] { $count } анотація
    [few] { $count } анотації
    [many] { $count } анотацій
   *[other] { $count } анотації
}; робота зберігається в цьому браузері по ходу.
student-not = Не { $name }? Почати як новий учень
student-continue = Продовжити як { $name }
student-ask = Здати зараз?
student-untouched = Ви ще нічого не позначили в статтях: { $articles }. Усе одно здати?
student-anyway = Усе одно здати
student-not-yet = Ще ні

## Клас

class-title = Клас: { $title }
class-read = Прочитати роботи (оберіть або перетягніть сюди скільки завгодно файлів)
class-files = Прочитані файли
class-twice = Здано двічі: що залишити?
class-handed = здано { $handed }, анотацій: { $count }
class-handed-read = здано { $handed }, прочитано { $read }, анотацій: { $count }
class-keep-first = Залишити першу: { $which }
class-keep-this = Залишити цю: { $which }
class-score-hint = Кожна оцінка враховує часткове збігання: фрагмент отримує частку тексту, спільну з фрагментом ключа, і половину її за іншої мітки; 100 — це точно ключ. Строгий і частковий F1 у вікні узгодженості рахують кожен фрагмент знайденим чи ні.
class-method-title = Як рахується оцінка
class-method = Кожен ваш фрагмент зіставляється щонайбільше з одним фрагментом ключа, спершу пари з найбільшим спільним текстом. Пара приносить своє перекриття: кількість спільних символів двох фрагментів, поділену на кількість символів у будь-якому з них (1 для точно того самого фрагмента), або половину цього, якщо мітки різні. Оцінка — подвоєні бали, поділені на кількість фрагментів ключа плюс кількість ваших фрагментів, тож її знижують і пропущені, і зайві фрагменти.
class-none = Роботи ще не прочитано.
class-scores = Оцінки щодо вашого ключа, у % (з частковим збіганням)
class-student = Учень
class-overall = Разом
class-counts = Збіглося · не та мітка · пропущено · зайве
class-feedback = Відгук
class-feedback-page = Сторінка відгуку
class-feedback-for = Сторінка відгуку для { $student }
class-agreement = Узгодженість
class-heatmap = Теплова карта й еталонний шар
class-csv = Оцінки класу (CSV)
class-all-feedback = Усі сторінки відгуків

## Узгодженість

agreement-title = Узгодженість у класі
agreement-overall = Учнів: { $students }, слів у кожного: { $words }. Каппа Фляйса { $fleiss }: { $reading }. Альфа Кріппендорфа { $alpha }.
agreement-most-least = Клас найбільше узгоджений щодо мітки «{ $most }» ({ $most-reading }), найменше — щодо мітки «{ $least }» ({ $least-reading }).
agreement-one = Клас узгоджений щодо мітки «{ $tag }»: { $reading }.
agreement-none = Мітки поки що різняться надто мало, щоб виміряти узгодженість.
agreement-pair = Найменше узгоджені { $first } і { $second } ({ $kappa }: { $reading }).
agreement-hovered = { $first } і { $second }: { $kappa }, { $reading }
reading-none = не визначено: усі дали кожному слову ту саму мітку
reading-0 = узгодженість менша за випадкову
reading-1 = слабка узгодженість: трохи більше за випадкову
reading-2 = задовільна узгодженість
reading-3 = помірна узгодженість: учні часто бачать те саме
reading-4 = істотна узгодженість
reading-5 = майже повна узгодженість
measure-cohen = Каппа Коена
measure-cohen-meaning = наскільки двоє учнів узгоджені понад випадкове: 1 завжди, 0 як випадково, нижче 0 менше за випадкове.
measure-fleiss = Каппа Фляйса
measure-fleiss-meaning = те саме для всього класу одразу.
measure-alpha = Альфа Кріппендорфа
measure-alpha-meaning = узгодженість класу, виміряна інакше; близька до каппи Фляйса, коли кожен учень розмітив кожну статтю.
measure-f1 = Строгий і частковий F1
measure-f1-meaning = наскільки фрагменти учня збігаються з ключем, від 0 до 1: строгий рахує лише точно фрагмент і мітку ключа, частковий — будь-яке перекриття з міткою ключа. Оцінка в таблиці класу посередині: частковий бал за частку спільного тексту і половина за хибну мітку.
agreement-counted = Як рахується
agreement-unit = Одиниця — слово (межі слів Unicode; пробіли й розділові знаки — не слова). Кожен учень дає кожному слову одну мітку: жодної або мітку свого найкоротшого фрагмента над ним. Для кожної мітки слово рахується цією міткою чи ні, тож фрагменти різних міток, що перекриваються, враховуються кожен. Каппа й альфа дорівнюють 1 за повної узгодженості й 0 за того, що дав би лише випадок.
agreement-per-tag = За мітками
agreement-tag = Мітка
agreement-reading = Тлумачення
agreement-matrix = Каппа Коена для кожної пари учнів
agreement-matrix-drawn = Каппа для кожної пари учнів; значення — у таблиці нижче
agreement-matrix-table = Матриця у вигляді таблиці
agreement-f1 = Строгий і частковий F1 щодо ключа
agreement-strict = Строгий (точні фрагменти)
agreement-partial = Частковий (фрагменти, що перекриваються)
agreement-confusion = Слова за міткою ключа (рядки) і міткою учнів (стовпці), усі учні
agreement-no-tag = Без мітки
band-0 = нижче випадкового
band-1 = слабка
band-2 = задовільна
band-3 = помірна
band-4 = істотна
band-5 = майже повна

## Теплова карта й еталонний шар

heatmap-title = Де клас ставив мітки
heatmap-article = Стаття
heatmap-tag = Мітка
heatmap-all = Усі мітки
heatmap-legend = Учні, що позначили це; що їх більше, то яскравіший колір:
heatmap-legend-tag = Учні, що позначили це як { $tag }; що їх більше, то яскравіший колір:
heatmap-in-gold = в еталонному шарі
heatmap-chosen = Обраний фрагмент
heatmap-hint = Наведіть курсор або фокус на фрагмент, щоб побачити, хто його позначив. З фрагментом у фокусі: Enter приймає мітку більшості, клавіша мітки — цю мітку, Delete прибирає його з еталонного шару.
heatmap-gold = Еталонний шар: фрагментів { $count }.
heatmap-stretch = { $count } з { $students } учнів
heatmap-stretch-gold = { $count } з { $students } учнів, еталон: { $tag }
heatmap-accept = Прийняти як { $tag }
heatmap-accept-majority = Прийняти як { $tag } (більшість)
heatmap-remove = Прибрати з еталона ({ $tag })
gold-article = Зробити еталонний шар ключем цієї статті…
gold-every = …ключем усіх статей
gold-replace-label = Замінити ключ
gold-replaced = Ваш ключ замінюється еталонним шаром:
gold-change = { $title }: фрагментів у ключі зараз { $now }, після { $after }
gold-undo = Скасування поверне попередній ключ.
gold-replace = Замінити ключ

## Порівняння видань і поруч

outlets-title = Порівняння видань
outlets-counted = Враховані анотації
outlets-key = Ключ
outlets-yours = Ваші анотації
outlets-majority = Більшість класу
outlets-gold = Еталонний шар
outlets-outlet = Видання
outlets-spans = Фрагменти за мітками: { $name }
outlets-spans-chart = Фрагменти за мітками й виданнями, { $name }
outlets-share = Частка розміченого тексту: { $name }
outlets-share-chart = Частка тексту кожного видання під кожною міткою, { $name }
side-title = Поруч
side-shown = Показані статті
side-quotes = Цитат, що трапляються більш ніж в одній із цих статей: { $count } (ті самі слова, хай які лапки, тире чи пробіли). Оберіть одну, щоб побачити її в інших.
side-also = Цитата є ще в інших статтях: { $others }
agreement-point = Наведіть на клітинку, щоб побачити пару й значення.
