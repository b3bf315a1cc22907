"""A Q&A page (Stack Exchange) saved as text: the question is the article, answers and the
comments under each post are comments, each author read from the card or signature after the
text (transforms.qa_threads)."""
import pytest

from transforms.document import build_records
from transforms.qa_threads import read_qa_thread

PAGE = """Gardening Answers
How deep should garlic cloves be planted?
Ask Question
Asked 2 days ago
3
Planting garlic for the first time in clay soil. How deep do the cloves go?
garlic bulbs clay-soil
{menu_q}
asked Oct 2, 2026 at 9:12
Ana Lopes's user avatar
Ana Lopes
211
2 bronze badges
1
Which climate zone are you in? – Ben Ward Oct 2, 2026 at 9:40
Add a comment
2 Answers
Sorted by:
Highest score (default)
5
About two inches, pointy end up.
Mulch after the ground freezes.
{menu_a}
edited Oct 3, 2026 at 8:00
answered Oct 2, 2026 at 10:05
Cole Hart's user avatar
Cole Hart
1,204
4 silver badges
Thanks, that worked! – Ana Lopes Oct 3, 2026 at 18:02
@AnaLopes good luck with the harvest. – Cole Hart Oct 3, 2026 at 18:30
Add a comment  |  Show 1 more comment
0
In clay I go a little shallower.
{menu_a}
answered Oct 4, 2026 at 7:41
Dee Marsh's user avatar
Dee Marsh
51
Add a comment
Your Answer
Related
"""
MENUS = {"lines": ("Share\nImprove this question\nFollow", "Share\nImprove this answer\nFollow"),
         "one line": ("Share Improve this question Follow", "Share Improve this answer Follow")}


@pytest.mark.parametrize("menus", MENUS.values(), ids=MENUS.keys())
@pytest.mark.parametrize("blank_lines", [False, True])
def test_question_answers_and_comments_with_authors_after_the_text(menus, blank_lines):
    page = PAGE.format(menu_q=menus[0], menu_a=menus[1])
    if blank_lines:
        page = page.replace("\n", "\n\n")
    qa = read_qa_thread(page)
    assert qa.article.rstrip().endswith("How deep do the cloves go?")  # the tags are not the question's
    assert (qa.author, str(qa.published_date), qa.section.declared_count) == ("Ana Lopes", "2026-10-02", 2)
    assert [(c.author, c.body, c.parent_position) for c in qa.section.comments] == [
        ("Ben Ward", "Which climate zone are you in?", None),  # under the question: no parent
        ("Cole Hart", "About two inches, pointy end up.\n\nMulch after the ground freezes.", None),
        ("Ana Lopes", "Thanks, that worked!", 2),  # under the answer: the answer
        ("Cole Hart", "@AnaLopes good luck with the harvest.", 3),  # '@AnaLopes': her comment
        ("Dee Marsh", "In clay I go a little shallower.", None)]
    assert qa.section.comments[1].posted_at.isoformat() == "2026-10-02T10:05:00"  # answered, not edited


def test_a_comment_signature_wrapped_onto_the_next_line_is_read():
    page = PAGE.format(menu_q="Improve this question", menu_a="Improve this answer").replace(
        "Thanks, that worked! – Ana Lopes Oct 3, 2026 at 18:02", "Thanks, that worked! – Ana Lopes\nOct 3, 2026 at 18:02")
    assert read_qa_thread(page).section.comments[2].author == "Ana Lopes"


@pytest.mark.parametrize("page", [
    "Headline\n\nText of the article about sharing.\n\nShare\nFollow\n",  # a share bar, no post menu
    "Headline\n\nImprove this answer\nanswered Oct 2, 2026 at 10:05\nCole Hart\n",  # no question
])
def test_other_pages_are_not_qa_threads(page):
    assert read_qa_thread(page) is None


def test_build_records_keeps_the_asker_and_the_day_as_byline_facts():
    records = build_records("qa.txt", "c", "h", PAGE.format(menu_q="Improve this question", menu_a="Improve this answer").encode())
    article = records.articles[0]
    assert (article["author"], str(article["published_date"]), article["comment_count"]) == ("Ana Lopes", "2026-10-02", 5)
    assert article["body"].endswith("Planting garlic for the first time in clay soil. How deep do the cloves go?")


# Stack Exchange's localized sites print the same page in their own words (rules in
# transforms/rules/qa_threads.json), and their user cards' and comments' dates in their own form.
LOCALIZED = {
    "pt": ("""Stack Overflow em Português
Como ler um arquivo CSV com acentos em Python?
Perguntar
Perguntada hoje
2
Ao abrir o arquivo, os acentos aparecem trocados. Como resolver?
python csv encoding
Compartilhar
Melhore esta pergunta
Seguir
perguntada 3/12/2026 às 9:14
Avatar do usuário Rafael Souza
Rafael Souza
1.204
3 medalhas de ouro
12 medalhas de prata
Qual é o sistema operacional? – Carla Mendes 3/12/2026 às 9:20
Adicione um comentário
2 Respostas
Ordenado por:
Redefinir para o padrão
Maior pontuação (padrão)
Data de modificação (mais recente primeiro)
Data de criação (mais antiga primeiro)
4
Abra o arquivo com encoding utf-8.
Se ele veio do Excel, tente latin-1.
Compartilhar
Melhore esta resposta
Seguir
editada 3 de dez. de 2026 às 10:02
respondida 3 de dez. de 2026 às 9:41
Avatar do usuário Bruno Lima
Bruno Lima
8.902
25 medalhas de bronze
Funcionou, obrigado! – Rafael Souza 3/12/2026 às 10:15
@RafaelSouza de nada. – Bruno Lima 3/12/2026 às 10:20
Adicione um comentário | Mostrar mais 1 comentário
0
Use o módulo chardet para descobrir a codificação.
Compartilhar
Melhore esta resposta
Seguir
respondida 4/12/2026 às 8:05
Avatar do usuário Ana Costa
Ana Costa
51
Adicione um comentário
Sua resposta
""", "Rafael Souza", "Ao abrir o arquivo, os acentos aparecem trocados. Como resolver?",
           ("Carla Mendes", "Qual é o sistema operacional?"),
           ("Bruno Lima", "Abra o arquivo com encoding utf-8.\n\nSe ele veio do Excel, tente latin-1."),
           ("Rafael Souza", "Funcionou, obrigado!"), ("Bruno Lima", "@RafaelSouza de nada."),
           ("Ana Costa", "Use o módulo chardet para descobrir a codificação.")),
    "es": ("""Stack Overflow en español
¿Cómo ordenar una lista de diccionarios por una clave?
Formular una pregunta
Formulada hoy
3
Tengo una lista de diccionarios y quiero ordenarla por la edad.
python lista ordenamiento
Compartir
Mejora esta pregunta
Seguir
preguntada el 3 dic. 2026 a las 9:14
Avatar del usuario Lucía Fernández
Lucía Fernández
2.310
5 medallas de plata
¿Qué versión de Python usas? – Diego Ruiz el 3 dic. 2026 a las 9:20
Añade un comentario
2 respuestas 2
Ordenado por:
Restablecer a valores predeterminados
Puntuación más alta (predeterminado)
Fecha de creación (más antigua primero)
5
Usa sorted con una clave:
sorted(datos, key=lambda d: d["edad"])
Compartir
Mejora esta respuesta
Seguir
editada el 3 dic. 2026 a las 10:02
respondida el 3 dic. 2026 a las 9:41
Avatar del usuario Martín Gómez
Martín Gómez
15,2k
3 medallas de oro
Perfecto, gracias. – Lucía Fernández el 3 dic. 2026 a las 10:15
@LucíaFernández un placer. – Martín Gómez el 3 dic. 2026 a las 10:20
Añade un comentario | Mostrar 1 comentario más
1
También puedes usar operator.itemgetter.
Compartir
Mejora esta respuesta
Seguir
respondida el 4 dic. 2026 a las 8:05
Avatar del usuario Sofía Torres
Sofía Torres
77
Añade un comentario
Tu respuesta
""", "Lucía Fernández", "Tengo una lista de diccionarios y quiero ordenarla por la edad.",
           ("Diego Ruiz", "¿Qué versión de Python usas?"),
           ("Martín Gómez", 'Usa sorted con una clave:\n\nsorted(datos, key=lambda d: d["edad"])'),
           ("Lucía Fernández", "Perfecto, gracias."), ("Martín Gómez", "@LucíaFernández un placer."),
           ("Sofía Torres", "También puedes usar operator.itemgetter.")),
    "ru": ("""Stack Overflow на русском
Как отсортировать массив объектов по дате?
Задать вопрос
Задан сегодня
1
Есть массив заказов, нужно упорядочить его по полю created.
javascript массивы сортировка
Поделиться
Улучшить вопрос
Отслеживать
задан 3 дек. 2026 в 9:14
Аватар пользователя Иван Смирнов
Иван Смирнов
1 204
2 золотых знака
11 серебряных знаков
В каком формате хранится дата? – Ольга Петрова 3 дек. 2026 в 9:20
Добавьте комментарий
2 ответа
Сортировка:
Сбросить на вариант по умолчанию
По количеству голосов (по умолчанию)
Дата создания (сначала старые)
6
Преобразуйте строки в Date и сравнивайте их.
Поделиться
Улучшить ответ
Отслеживать
изменён 3 дек. 2026 в 10:02
ответ дан 3 дек. 2026 в 9:41
Аватар пользователя Алексей Кузнецов
Алексей Кузнецов
12,3 тыс.
14 бронзовых знаков
Спасибо, заработало. – Иван Смирнов 3 дек. 2026 в 10:15
@ИванСмирнов пожалуйста. – Алексей Кузнецов 3 дек. 2026 в 10:20
Добавьте комментарий | Показать ещё 1 комментарий
0
Строки ISO можно сравнивать напрямую.
Поделиться
Улучшить ответ
Отслеживать
ответ дан 4 дек. 2026 в 8:05
Аватар пользователя Мария Волкова
Мария Волкова
61
Добавьте комментарий
Ваш ответ
""", "Иван Смирнов", "Есть массив заказов, нужно упорядочить его по полю created.",
           ("Ольга Петрова", "В каком формате хранится дата?"),
           ("Алексей Кузнецов", "Преобразуйте строки в Date и сравнивайте их."),
           ("Иван Смирнов", "Спасибо, заработало."), ("Алексей Кузнецов", "@ИванСмирнов пожалуйста."),
           ("Мария Волкова", "Строки ISO можно сравнивать напрямую.")),
    "ja": ("""スタック・オーバーフロー
Python で JSON の日本語がエスケープされます
質問する
2
json.dumps で出力すると日本語がエスケープされます。
python json
共有
この質問を改善する
フォロー
質問日時: 2026年12月3日 9:14
山田太郎のユーザーアバター
山田太郎
1,204
銀バッジ 5 個
どのバージョンを使っていますか？ – 佐藤花子 2026年12月3日 9:20
コメントを追加
2 件の回答
並べ替え:
スコア（既定）
作成日 (古い順)
3
ensure_ascii=False を指定してください。
共有
この回答を改善する
フォロー
編集日時: 2026年12月3日 10:02
回答日時: 2026年12月3日 9:41
鈴木一郎のユーザーアバター
鈴木一郎
8,902
金バッジ 2 個
解決しました。ありがとうございます。 – 山田太郎 2026年12月3日 10:15
@山田太郎 よかったです。 – 鈴木一郎 2026年12月3日 10:20
コメントを追加 | 他 1 件のコメントを表示
0
ファイルに書くときは encoding も指定しましょう。
共有
この回答を改善する
フォロー
回答日時: 2026年12月4日 8:05
高橋美咲のユーザーアバター
高橋美咲
41
コメントを追加
あなたの回答
""", "山田太郎", "json.dumps で出力すると日本語がエスケープされます。",
           ("佐藤花子", "どのバージョンを使っていますか？"),
           ("鈴木一郎", "ensure_ascii=False を指定してください。"),
           ("山田太郎", "解決しました。ありがとうございます。"), ("鈴木一郎", "@山田太郎 よかったです。"),
           ("高橋美咲", "ファイルに書くときは encoding も指定しましょう。")),
}


@pytest.mark.parametrize(("page", "asker", "question", *"abcde"), LOCALIZED.values(), ids=LOCALIZED.keys())
def test_localized_sites_are_read_in_their_own_words(page, asker, question, a, b, c, d, e):
    qa = read_qa_thread(page)
    assert qa.article.rstrip().endswith(question)  # the tags are not the question's
    assert (qa.author, str(qa.published_date), qa.section.declared_count) == (asker, "2026-12-03", 2)
    assert [(cm.author, cm.body, cm.parent_position) for cm in qa.section.comments] == [
        (*a, None), (*b, None), (*c, 2), (*d, 3), (*e, None)]  # '@name' answers that user's comment
    assert [cm.posted_at.isoformat(timespec="minutes") for cm in qa.section.comments] == [
        "2026-12-03T09:20", "2026-12-03T09:41", "2026-12-03T10:15", "2026-12-03T10:20", "2026-12-04T08:05"]


@pytest.mark.parametrize("alt", ["Foto de perfil de {}", "{} — аватар", "{}"])  # '{}': the bare name
def test_an_avatar_alt_text_in_other_words_is_not_the_name(alt):
    page, asker, *_ = LOCALIZED["pt"]
    for name in ("Rafael Souza", "Bruno Lima", "Ana Costa"):
        page = page.replace(f"Avatar do usuário {name}\n", alt.format(name) + "\n")
    qa, known = read_qa_thread(page), read_qa_thread(LOCALIZED["pt"][0])
    assert qa.author == asker
    assert [(c.author, c.body) for c in qa.section.comments] == [(c.author, c.body) for c in known.section.comments]
