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
orphans-more = і ще { $count }

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

## Що сторінка каже після своїх дій

download-refused = Браузер відмовився завантажувати файл.
file-unread = { $reason }; нічого не змінилося.
file-refused = { $file } не вдається відкрити: { $reason }.
page-refused = Не вдалося створити сторінку учня: { $reason }. Роздайте натомість файл учня.
name-first = Спершу введіть своє ім'я або псевдонім, щоб учитель знав, чия це робота.
handed-in = Здано під іменем { $name }: віддайте завантажений файл учителю. Можна продовжити й здати знову.
student-kept = Роботу { $name } збережено на цьому комп'ютері, щоб продовжити її тут пізніше. Введіть своє ім'я й починайте.
student-not-kept = Роботу { $name } не вдалося відкласти: { $reason }.
own-not-kept = Вашу роботу не вдалося відкласти: { $reason }.
welcome-back = З поверненням, { $name }: вашу роботу відкрито.
student-unopened = Роботу { $name } не вдалося відкрити.
version-unread = Версію від { $time } не вдалося прочитати: { $reason }.
version-gone = Версія від { $time } більше не зберігається.
other-tab-unread = Версію, збережену в іншій вкладці, не вдалося прочитати ({ $reason }); ця лишається відкритою.
other-tab-updated = Оновлено змінами з іншої вкладки.
other-tab-opened = Відкрито версію, збережену в іншій вкладці.
remind-student = Ваша робота зберігається лише в цьому браузері. Час від часу здавайте її: файл — ваша копія.
remind-never = Ваша робота зберігається лише в цьому браузері й ще жодного разу тут не експортувалася. Час від часу експортуйте робочий простір, щоб мати копію.
remind-days = Ваша робота зберігається лише в цьому браузері, а останній експорт був днів тому: { $days }. Час від часу експортуйте робочий простір, щоб мати копію.
autosave-failed = Автозбереження не вдалося: { $reason }. Експортуйте робочий простір, щоб зберегти роботу.
class-unsaved = Не вдалося зберегти клас: { $reason }.
saved-items-lost = Не вдалося відкрити частини збереженого робочого простору ({ $count }): { $items }. Збереження в попередньому вигляді лишається серед попередніх версій (Експорт, потім Попередні версії).
saved-steps-lost = Вашу роботу відкрито, але не вдалося відновити: { $lost }. Перевірте її й експортуйте робочий простір, щоб мати копію.
saved-unread = Збережений робочий простір не вдалося прочитати ({ $reason }). Він лишається серед попередніх версій (Експорт, потім Попередні версії), звідки його можна завантажити; натомість відкрито новий робочий простір.
autosave-off = Автозбереження вимкнено: { $reason }. Експортуйте робочий простір, щоб зберегти роботу.
baked-unread = Не вдалося відкрити завдання на цій сторінці: { $reason }.

## Що сторінка каже після дії

removed = { $title } і його анотації прибрано. Скасування поверне їх.
already-open = Цю статтю вже відкрито; ось вона.
not-teacher = Це роботи учнів. Щоб прочитати їх, відкрийте файл учителя для цього завдання (робочий простір, експортований під час його створення); нічого не змінилося.
read-files = Прочитано { $read } з { $count }; учнів у класі: { $students }. Повідомлення про кожен файл — у розділі «Клас і відгуки».
student-copy-refused = { $file } не імпортовано, нічого не змінилося: це копія учня для завдання { $title }, й імпорт перетворив би вашу копію вчителя на копію учня. Читайте роботи учнів у розділі «Клас і відгуки».
import-stopped = Імпорт { $file } зупинено: нічого не змінилося.
import-refused = { $file } не імпортовано, нічого не змінилося: { $reason }.
import-failed = Нічого не імпортовано: { $reason }.
import-exercise = Відкрито завдання { $title }: його інструкції й опис міток — над статтями.
import-done = Імпортовано статей: { $articles }, анотацій: { $annotations }.
import-reanchored = Розміщено за цитатою, у зміненому тексті: { $count }.
import-orphans = Не вдалося розмістити: { $count }; їх перелічено в розділі «Не розміщено».
import-new-tags = { $count ->
    [one] Нова мітка
   *[other] Нові мітки
}: { $tags }.
import-note = Примітка: { $note }.
import-skipped = Пропущено: { $count } ({ $items })
articles-fixed = Учитель закріпив статті цього завдання: тут не можна додавати, прибирати чи імпортувати статті.
select-first = Спершу виділіть текст у статті, потім натисніть { $key } або оберіть «{ $tag }».
select-first-unkeyed = Спершу виділіть текст у статті, потім оберіть «{ $tag }».
tags-fixed = Мітки цього завдання — мітки вчителя: у вашій копії їх не можна змінювати.
edit-orphans = Текст змінено. Не змогли перейти за ним у новий текст анотацій: { $count }; їх перелічено в розділі «Не розміщено». Скасування поверне попередній текст.
edit-refused = Статтю не змінено: { $reason }.
reading-file = Читання { $file }…
importing-read = Імпорт { $file }: прочитано { $done } з { $total } анотацій…
importing-placed = Імпорт { $file }: розміщено { $done } з { $total } анотацій…
gold-now-key = Еталонний шар тепер став ключем: { $changes }. Скасування поверне попередній ключ.
gold-change-said = { $title }: було { $now }, стало { $after }
sample-opened = Це приклад завдання очима його вчителя: виділення — ключ, і п'ятеро учнів-прикладів здали роботи. Відкрийте «Клас і відгуки», щоб побачити їхні оцінки.
nothing-undo = Нічого скасовувати.
nothing-redo = Нічого повторювати.
restored = Відновлено версію від { $time }. Скасування поверне те, що було відкрито раніше.
tag-claim-definition = Твердження, яке можна заперечити або перевірити: те, що хтось видає за істину.
tag-quote-definition = Слова, передані як чиїсь власні, у лапках або з посиланням на автора.
tag-framing-definition = Добір слів, що показує людей чи події в певному світлі: імена, титули, ярлики, оцінні слова.
tag-fact-definition = Перевірна подробиця, яку ніхто не заперечує: дата, місце, число, подія.

## Сторінки відгуків, мовою завдання

feedback-title = Відгук: { $title }
feedback-who = { $student } · здано { $handed }
feedback-overall = Підсумкова оцінка: { $score } (з частковим збіганням: F1 зі 100)
feedback-teacher-note = Нотатка вчителя
feedback-your-note = Ваша нотатка
feedback-matched = Знайдено, з тією самою міткою
feedback-wrong = Знайдено, але позначено як { $given }, а в ключі — { $key }
feedback-missed = Пропущено: є в ключі, не позначено
feedback-extra = Немає в ключі
feedback-nothing = Тут нічого позначати, і нічого не позначено: без оцінки.
feedback-score = Оцінка { $score } %: знайдено з тією самою міткою — { $matched }, з іншою міткою — { $wrong }, пропущено — { $missed }, немає в ключі — { $extra }.
feedback-what = Що сталося
feedback-key = Ключ
feedback-yours = Ваше
feedback-points = Бали

## Що вікно класу каже про кожен файл

file-not-submission = Не прочитано: це { $what }, а не робота учня. Нічого не змінилося.
file-not-read = Не прочитано: { $reason }.
file-read = Прочитано: { $student }, анотацій: { $count }.
file-read-again = Уже прочитано: { $student }, анотацій: { $count }; нічого не змінилося.
file-twice = { $student } здає вдруге: перший прочитаний файл здано { $first }, цей — { $later }. Обидва нижче: оберіть, який залишити; доти рахується перший.

## Читання файлів: що прочитано, що пропущено і чому

warning-separator = {"; "}
skipped = { $at }: пропущено, { $why }
read-as = { $name } прочитано як { $how }: абзаців — { $paragraphs }, заголовок { $title }.
read-plain = звичайний текст
read-plain-in = звичайний текст у кодуванні { $encoding }
read-markdown = Markdown, без розмітки
read-markdown-in = Markdown у кодуванні { $encoding }, без розмітки
read-word = документ Word
read-opendocument = текст OpenDocument
encoding-utf16 = UTF-16 («текст у Юнікоді»)
encoding-windows-1252 = Windows-1252 (західноєвропейське, зі старих програм Windows)
read-web-page = { $name } прочитано як збережену вебсторінку: { $parts }. Меню, кнопки «поділитися», коментарі та скрипти пропущено.
web-paragraphs = абзаців — { $count }
web-titled = заголовок { $title }
web-from = джерело { $site }
web-by = автор { $byline }
web-published = опубліковано { $date }
document-empty = текст порожній
document-too-large = текст більший за { $limit } МБ — це межа для однієї статті
document-not-text = це не текстовий файл (очікується UTF-8, UTF-16 або Windows-1252)
offset-past-end = позиція { $offset } за кінцем тексту ({ $length })
offset-inside-character = позиція { $offset } потрапляє всередину символу
offsets-reversed = його позиції { $start } і { $end } порожні або переплутані
anchor-nothing = у нього немає ні цитати, ні позиції в статті
anchor-not-found = його тексту «{ $quote }» немає в статті
anchor-budget-spent = його тексту «{ $quote }» немає в статті дослівно, а приблизно вже шукали забагато інших
anchor-not-even-approximately = його тексту «{ $quote }» немає в статті, навіть приблизно
anchor-too-long = його текст «{ $quote }» довший за статтю
anchor-ambiguous = його текст «{ $quote }» трапляється { $count } { $count ->
    [few] рази
   *[other] разів
}, і ніщо не вказує, який із них мається на увазі
place-no-quote = його статтю тут не відкрито, і в нього немає цитати, за якою її знайти
place-not-near = { $why }; його власну статтю тут не відкрито, тому приблизний пошук не проводився
place-nothing-open = немає відкритої статті, куди його помістити
skip-id-twice = його ідентифікатор { $id } трапляється двічі
record-id-exists = { $at }: анотація з ідентифікатором { $id } уже є; залишено ту, що в робочій області
import-kept-for-notes = Анотацій на словах, уже так само позначених тут, але з іншою приміткою: { $count }; їх збережено поруч
import-already-here = Анотацій, які вже були тут і не додані: { $count }
skip-tag-not-exercises = його мітка «{ $tag }» не з цього завдання
skip-tag-unnamable = «{ $tag }» не може бути назвою мітки
import-too-large = файл більший за { $limit } МБ — це межа імпорту Framelens
import-lone-ann = файл .ann із brat читається разом зі своїм .txt: покладіть обидва (й інші) в один .zip та імпортуйте його
import-not-text = це не текстовий файл (очікується UTF-8, UTF-16 або Windows-1252)
import-encoding = файл прочитано в кодуванні { $encoding }
import-unknown-json = цей JSON не належить до жодного формату, який читає Framelens (робоча область Framelens, веб-анотації W3C, завдання Label Studio або JSONL doccano)
import-invalid = файл пошкоджено: рядок { $line }, стовпець { $column } ({ $detail })
at-file = { $file }
at-file-line = { $file }, рядок { $line }
brat-nothing = у цьому архіві немає ні файлів .txt і .ann із brat, ні файлів .jsonl із doccano
brat-lone-ann = { $stem }.ann пропущено: поруч немає { $stem }.txt
brat-unread = { $file }: не прочитано рядків зі зв'язками, подіями чи атрибутами: { $count }; у Framelens є лише позначені фрагменти
brat-no-offsets = у нього немає позицій
brat-no-type = у нього немає типу
brat-not-offsets = «{ $fragment }» — не пара позицій
brat-text-differs = його текст «{ $text }» не збігається з текстом на його позиціях, як вимагає brat
brat-fragments-apart = його частини рознесено; фрагменти у Framelens неперервні
file-empty = файл порожній
no-tag = у нього немає мітки
at-row = рядок { $line }
csv-unclosed = у рядку { $line } поле в лапках так і не закрито
csv-no-header = перший рядок має називати стовпці, щонайменше «tag» і «text» (або «start» і «end»)
csv-offsets-unordered = { $at }: початок «{ $start }» і кінець «{ $end }» — не дві позиції по порядку; розміщено за текстом
at-said = { $at }: { $what }
at-line = рядок { $line }
at-record = запис { $n }
at-label = { $at }, мітка { $n }
at-in-file = { $file }, { $at }
not-utf8 = це не текст у UTF-8
doccano-no-text = у нього немає «text»
no-label = у нього немає мітки
offsets-not-numbers = його позиції — не два цілі числа
in-utf16 = { $why } (в одиницях UTF-16)
at-task = завдання { $n }
at-annotation-of = { $at }, анотація { $n }
at-result = { $at }, результат { $n }
label-studio-min-not-list = експорт JSON-MIN із Label Studio — це список завдань, а тут не список
label-studio-no-text = у його даних немає тексту
label-studio-no-place = у нього немає ні позицій по порядку, ні тексту
empty-label-skipped = порожню мітку пропущено
id-not-uuid = «{ $id }» — не UUID
at-annotation = анотація { $n }
at-document = стаття { $n } ({ $title })
newer-version = версія цього файлу — { $version }, новіша за ту, яку читає цей Framelens ({ $known }); оновіть Framelens
native-not-workspace = це не файл робочої області Framelens (його «format» не «{ $format }»)
native-text-changed = текст { $title } змінено після експорту, тому він відкривається як окрема стаття, а його анотації розміщуються за цитатами
native-exercise-left-out = завдання не завантажено: { $why }
exercise-article-unread = статтю { $title } не можна відкрити: { $why }
exercise-article-changed = статтю { $title } змінено після створення завдання; попросіть файл ще раз
file-tags-broken = мітки файлу не можна використати: { $why }
file-exercise-broken = завдання в цьому файлі пошкоджено: { $why }
exercise-no-id = у нього немає нормального ідентифікатора
exercise-too-long = його назва чи інструкції задовгі
exercise-article-missing = у ньому названо статтю, якої немає у файлі
exercise-no-role = його роль — ні вчитель, ні учень
tags-none = залиште хоча б одну мітку
tags-too-many = у робочій області не більше { $limit } міток
tags-unnamed = кожна мітка потребує назви
tags-name-too-long = назва мітки «{ $tag }» довша за { $limit } символів
tags-name-broken = у назві мітки «{ $tag }» є табуляція чи перенесення рядка
tags-same-name = дві мітки називаються «{ $tag }»
zip-cut-short = цей ZIP-архів обрізаний або пошкоджений
zip-not-zip = це не ZIP-архів
zip-64 = цей архів у форматі ZIP64, який Framelens не читає
zip-encrypted = { $file } у цьому архіві зашифровано
zip-too-large = розпакований архів більший за { $limit } МБ — це межа імпорту Framelens
zip-damaged = { $file } у цьому архіві пошкоджено
zip-method = { $file } стиснуто методом { $method }, який Framelens не читає
zip-checksum = { $file } у цьому архіві пошкоджено (неправильна контрольна сума)
office-not = це не { $kind }: у ньому немає тексту
office-empty = це { $kind } без тексту
w3c-pages-elsewhere = сторінки цієї колекції лежать деінде (її «first» — посилання); збережіть самі сторінки
w3c-not-object = це не об'єкт JSON
w3c-no-tag = у нього немає тіла з міткою (tagging)
w3c-no-target = у нього немає цілі
w3c-position-unordered = його TextPositionSelector — не дві позиції по порядку; розміщено за цитатою
journal-article-unread = не вдалося прочитати статтю: { $why }
journal-article-differs = текст статті відрізняється від збереженого
journal-no-tag = анотація не має мітки
journal-not-fingerprint = «{ $text }» — не відбиток статті
lost-history = історія скасування до перезавантаження
lost-changes = { $count ->
    [one] остання зміна
   *[other] останні зміни ({ $count })
}
submission-not-text = це не текстовий файл
submission-not-submission = це не робота, здана у Framelens
submission-other-exercise = це для іншого завдання, { $title }
submission-no-student = у ньому немає імені учня
submission-article-changed = текст статті { $title } відрізняється від тексту завдання (його змінили), тому його не можна оцінити
submission-article-missing = статті { $title } у ньому немає (її видалили з копії учня), тому її не можна оцінити
submission-too-many = у ньому анотацій: { $count } — більше, ніж будь-хто робить вручну
submission-off-exercise = вона на статті, якої немає в завданні
submission-outside = її фрагмент { $start }–{ $end } поза межами статті
submission-other-tag = її мітка «{ $tag }» не з цього завдання
sentence = { $what }.
edit-no-article = цієї статті немає в робочій області
edit-article-open = ця стаття вже відкрита
edit-no-annotation = немає анотації з ідентифікатором { $id }
edit-annotation-exists = анотація з ідентифікатором { $id } уже є
edit-empty = спершу виділіть текст
edit-outside = фрагмент { $start }–{ $end } поза межами статті (довжина { $length })
edit-no-tag = у робочій області немає мітки «{ $tag }»
edit-tag-in-use = ще є анотації з міткою «{ $tag }»: спершу змініть їм мітку або видаліть їх
tags-row-same-name = Дві мітки називаються «{ $tag }»: дайте кожній свою назву.
tags-no-target = Немає мітки «{ $tag }», на яку можна перенести фрагменти.
tags-say-leaving = Вкажіть, що буде з фрагментами з міткою «{ $tag }»: змінити їм мітку чи видалити їх.
article-edit-gone = ця стаття вже не відкрита
article-edit-locked = у копії учня текст статей лишається таким, яким його видали
article-edit-same-text = інша відкрита стаття має точно такий самий текст
kind-zip = ZIP-архів
kind-exercise = файл завдання, як його роздають учням
kind-workspace = робоча область Framelens
kind-csv = таблиця (CSV)
kind-doccano = файл doccano (JSONL)
kind-w3c = файл веб-анотацій W3C
kind-json = файл JSON
kind-text = текстовий файл
kind-file = файл
exercise-untitled = Завдання
exercise-one = { $title }
exercise-two = { $first } і { $second }
exercise-more = { $first }, { $second } і ще { $count }

## Що каже браузер

with-detail = { $what } ({ $detail })
storage-unopened = не вдалося відкрити сховище браузера
storage-full = сховище браузера заповнене або заблоковане
storage-no-indexeddb = цей браузер не надає цій сторінці IndexedDB
storage-piece-missing = частини збереженої роботи бракує у сховищі браузера
file-too-large = { $file } більший за { $limit } МБ
file-not-readable = не вдалося прочитати { $file }
page-too-deep = ця сторінка вкладає елементи глибше за { $depth } рівнів, чого не робить жодна новинна сторінка, тому її не прочитано
page-unreadable = браузер не зміг прочитати цю сторінку
page-not-html = це не вебсторінка, збережена як HTML
page-no-article = на цій сторінці не знайдено тексту статті
single-file-missing = сторінки в одному файлі (framelens.html) немає поруч із цією сторінкою

## Звіт для друку

report-title = Звіт Framelens
report-summary = Статей: { $articles }, анотацій: { $annotations }.
report-legend = Легенда
report-legend-item = підкреслення: { $line }, усього { $count }
report-notes = Примітки
report-back = Назад до тексту
line-solid = суцільне
line-double = подвійне
line-wavy = хвилясте
line-dotted = крапкове
line-dashed = штрихове
