"""A synthetic corpus of Indonesian foreign-news scrapes, for scale benchmarks.

    .venv/bin/python bench/corpus.py N OUT_DIR [--seed S] [--start I]

Writes N plain-text articles into OUT_DIR that look like pages saved from
Indonesian news sites: section labels, headlines, date and byline lines in
many formats, photo captions (sometimes printed twice), share rows, dateline
prefixes of many invented outlets ("Jakarta, Warta Buana --", "KOTA (KBN) -",
"kabarbuana.id -"), "Baca juga" links, ad slots, sign-offs ("(rdk/sfa)"),
credit lines, copyright notices and related-article lists at the bottom.

The articles follow a few hundred topic storylines (a trade row, a border
incident, a ceasefire...) between some sixty countries, with invented
officials quoted in the usual attribution formulas, over two years of dates;
some pages have no date at all, some no headline. Every sentence template is
written for this generator; the number of storylines grows with N.

Deterministic: the same N and seed give byte-identical files, and article i
does not depend on N (a corpus of N articles is the first N of any larger one,
so "add one article" is article N; --start I writes articles I to I+N-1).
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import random
import re
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

FIRST_DAY = dt.date(2023, 1, 1)
DAYS = 730  # two years of publication dates
BASE_TOPICS = 200  # storylines available to the first article...
ARTICLES_PER_NEW_TOPIC = 20  # ...and one more for every this many articles after it
HEADLESS_SHARE = 0.08  # pages saved without their headline line
DATELESS_SHARE = 0.10  # pages without a date line (besides headless ones)
VAGUE_SHARE = 0.4  # of the pages without a date line, those that state no full date anywhere

MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember")  # fmt: skip
MONTHS_SHORT = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agt", "Sep", "Okt", "Nov", "Des")
WEEKDAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December")  # fmt: skip


# -- the world: countries, organizations, places ---------------------------


@dataclass(frozen=True)
class Country:
    """A country as the Indonesian press names it."""

    name: str  # Indonesian name
    capital: str  # Indonesian spelling of the capital
    head: str  # title of the head of state or government
    short: str = ""  # press abbreviation used in headlines (AS, Korsel)


COUNTRIES = tuple(
    Country(*fields)
    for fields in (
        ("Amerika Serikat", "Washington", "Presiden", "AS"), ("China", "Beijing", "Presiden"),
        ("Rusia", "Moskow", "Presiden"), ("Jepang", "Tokyo", "Perdana Menteri"),
        ("Korea Selatan", "Seoul", "Presiden", "Korsel"), ("Korea Utara", "Pyongyang", "Pemimpin", "Korut"),
        ("India", "New Delhi", "Perdana Menteri"), ("Australia", "Canberra", "Perdana Menteri"),
        ("Inggris", "London", "Perdana Menteri"), ("Prancis", "Paris", "Presiden"), ("Jerman", "Berlin", "Kanselir"),
        ("Italia", "Roma", "Perdana Menteri"), ("Spanyol", "Madrid", "Perdana Menteri"),
        ("Belanda", "Den Haag", "Perdana Menteri"), ("Belgia", "Brussel", "Perdana Menteri"),
        ("Swedia", "Stockholm", "Perdana Menteri"), ("Norwegia", "Oslo", "Perdana Menteri"),
        ("Finlandia", "Helsinki", "Presiden"), ("Polandia", "Warsawa", "Presiden"), ("Ukraina", "Kyiv", "Presiden"),
        ("Turki", "Ankara", "Presiden"), ("Iran", "Teheran", "Presiden"), ("Irak", "Baghdad", "Perdana Menteri"),
        ("Arab Saudi", "Riyadh", "Putra Mahkota"), ("Uni Emirat Arab", "Abu Dhabi", "Presiden", "UEA"),
        ("Qatar", "Doha", "Emir"), ("Mesir", "Kairo", "Presiden"), ("Israel", "Yerusalem", "Perdana Menteri"),
        ("Palestina", "Ramallah", "Presiden"), ("Yordania", "Amman", "Raja"), ("Lebanon", "Beirut", "Perdana Menteri"),
        ("Suriah", "Damaskus", "Presiden"), ("Pakistan", "Islamabad", "Perdana Menteri"),
        ("Afganistan", "Kabul", "Pemimpin"), ("Bangladesh", "Dhaka", "Perdana Menteri"),
        ("Malaysia", "Kuala Lumpur", "Perdana Menteri"), ("Singapura", "Singapura", "Perdana Menteri"),
        ("Thailand", "Bangkok", "Perdana Menteri"), ("Vietnam", "Hanoi", "Presiden"),
        ("Filipina", "Manila", "Presiden"), ("Myanmar", "Naypyidaw", "Pemimpin"),
        ("Kamboja", "Phnom Penh", "Perdana Menteri"), ("Laos", "Vientiane", "Perdana Menteri"),
        ("Brunei Darussalam", "Bandar Seri Begawan", "Sultan"), ("Timor Leste", "Dili", "Presiden"),
        ("Papua Nugini", "Port Moresby", "Perdana Menteri"), ("Selandia Baru", "Wellington", "Perdana Menteri"),
        ("Kanada", "Ottawa", "Perdana Menteri"), ("Meksiko", "Mexico City", "Presiden"),
        ("Brasil", "Brasilia", "Presiden"), ("Argentina", "Buenos Aires", "Presiden"),
        ("Cile", "Santiago", "Presiden"), ("Afrika Selatan", "Pretoria", "Presiden"), ("Nigeria", "Abuja", "Presiden"),
        ("Kenya", "Nairobi", "Presiden"), ("Etiopia", "Addis Ababa", "Perdana Menteri"),
        ("Sudan", "Khartoum", "Pemimpin"), ("Maroko", "Rabat", "Raja"), ("Aljazair", "Aljir", "Presiden"),
        ("Venezuela", "Caracas", "Presiden"), ("Kolombia", "Bogota", "Presiden"),
        ("Kazakhstan", "Astana", "Presiden"), ("Uzbekistan", "Tashkent", "Presiden"),
        ("Hungaria", "Budapest", "Perdana Menteri"), ("Serbia", "Beograd", "Presiden"),
        ("Yunani", "Athena", "Perdana Menteri"),
    )
)  # fmt: skip
INDONESIA = Country("Indonesia", "Jakarta", "Presiden", "RI")

ORGANIZATIONS = (
    ("Perserikatan Bangsa-Bangsa", "PBB"), ("Dewan Keamanan PBB", "DK PBB"), ("ASEAN", "ASEAN"),
    ("Uni Eropa", "Uni Eropa"), ("NATO", "NATO"), ("Organisasi Kesehatan Dunia", "WHO"), ("Uni Afrika", "Uni Afrika"),
    ("Liga Arab", "Liga Arab"), ("Organisasi Kerja Sama Islam", "OKI"), ("Dana Moneter Internasional", "IMF"),
    ("Bank Dunia", "Bank Dunia"), ("Badan Energi Atom Internasional", "IAEA"),
    ("Organisasi Perdagangan Dunia", "WTO"), ("Komite Internasional Palang Merah", "ICRC"),
    ("Badan Pengungsi PBB", "UNHCR"), ("Program Pangan Dunia", "WFP"),
)  # fmt: skip
REGIONS = ("Laut China Selatan", "Semenanjung Korea", "Selat Taiwan", "Laut Merah", "Selat Hormuz", "Laut Hitam",
           "Laut Baltik", "kawasan Sahel", "Teluk Benggala", "Pasifik Selatan", "Tanduk Afrika", "Laut Arafura",
           "Selat Malaka", "Laut Mediterania", "Kutub Utara", "Laut Kaspia")  # fmt: skip
VENUES = ("Jenewa", "Doha", "Jakarta", "Istanbul", "Oslo", "Wina", "Kuala Lumpur", "Singapura", "Kairo", "Nairobi")
GOODS = ("minyak sawit", "nikel", "semikonduktor", "kendaraan listrik", "beras", "gandum", "gas alam cair", "baja",
         "kopi", "batu bara", "tekstil", "pupuk", "karet", "produk perikanan")  # fmt: skip

# Invented people: a given name and a family name from these pools never
# belong to anyone in particular.
GIVEN = ("Adrian", "Beatrix", "Casimir", "Dalia", "Elio", "Farah", "Gustav", "Hana", "Idris", "Jovana", "Kenta",
         "Lucia", "Mateo", "Nadia", "Oskar", "Priya", "Rafael", "Selin", "Tomas", "Ulla", "Viktor", "Wen", "Yara",
         "Zoran", "Amara", "Bilal", "Chiara", "Darius", "Emre", "Freya", "Goran", "Ines", "Jonas", "Kaveh",
         "Leila", "Marek", "Noor", "Osman", "Pavel", "Rania", "Sven", "Talia", "Ugo", "Vera", "Wahid", "Xenia",
         "Yusuf", "Zainab", "Anika", "Bruno", "Celeste", "Dmitar", "Esra", "Fabian", "Greta", "Hamid", "Ilse",
         "Joaquin", "Kalani", "Lorenzo", "Mireille", "Nikolai", "Olga", "Paolo", "Rashid", "Sanna",
         "Teodor")  # fmt: skip
FAMILY = ("Albrecht", "Bakshi", "Castellano", "Dragomir", "Eriksen", "Falcone", "Grunwald", "Halvorsen", "Ibarra",
          "Jovanovic", "Kastrati", "Lindqvist", "Moravec", "Nakagawa", "Okonkwo", "Petrescu", "Quiroga", "Rahimov",
          "Salvesen", "Takeda", "Uribe", "Varga", "Wojcik", "Yilmazer", "Zamora", "Abernathy", "Bergstrom",
          "Cardenas", "Delacroix", "Esposito", "Fairbanks", "Gallardo", "Haddad", "Iwata", "Jaramillo", "Kowalczyk",
          "Lemaire", "Mendoza", "Novak", "Ortega", "Pellegrini", "Rasmussen", "Sokolov", "Tavares", "Ueda",
          "Vasquez", "Whitfield", "Yamashiro", "Zubrin", "Aksoy", "Brandt", "Chaudry", "Demir", "Engel",
          "Ferreira", "Gashi", "Hoffer", "Ivanova", "Karimi", "Lucero", "Marchetti", "Nordin", "Osei")  # fmt: skip
GIVEN_ID = ("Budi", "Sari", "Rudi", "Dewi", "Andi", "Rina", "Hendra", "Lestari", "Agus", "Wulan", "Fajar", "Intan",
            "Yudha", "Ratna", "Bayu", "Nadia", "Dimas", "Putri", "Eko", "Ayu", "Galih", "Mega", "Reza", "Tika",
            "Arief", "Citra", "Irfan", "Laras", "Taufik", "Anisa")  # fmt: skip
FAMILY_ID = ("Santoso", "Wibowo", "Pratama", "Kusuma", "Hidayat", "Nugroho", "Siregar", "Simanjuntak", "Lubis",
             "Halim", "Saputra", "Rahmawati", "Permana", "Setiawan", "Utami", "Gunawan", "Harahap", "Wijaya",
             "Susanto", "Maharani", "Firmansyah", "Anggraini", "Purnomo", "Sitompul")  # fmt: skip


@dataclass(frozen=True)
class Person:
    """An invented official: title at first mention, then the family name alone."""

    title: str
    name: str

    @property
    def surname(self) -> str:
        """The family name a story uses after the first mention."""
        return self.name.split()[-1]


def _invented_name(rng: random.Random, indonesian: bool = False) -> str:
    given, family = (GIVEN_ID, FAMILY_ID) if indonesian else (GIVEN, FAMILY)
    return f"{rng.choice(given)} {rng.choice(family)}"


@functools.cache
def _cast(seed: int, country: Country) -> dict[str, Person]:
    """The officials of one country, the same in every story of a corpus."""
    rng = random.Random(f"{seed}/cast/{country.name}")
    local = country is INDONESIA
    where = "RI" if local else country.name
    people = {
        "head": Person(f"{country.head} {where}", _invented_name(rng, local)),
        "fm": Person(f"Menteri Luar Negeri {where}", _invented_name(rng, local)),
        "defense": Person(f"Menteri Pertahanan {where}", _invented_name(rng, local)),
        "trade": Person(f"Menteri Perdagangan {where}", _invented_name(rng, local)),
        "spokes": Person(f"Juru Bicara Kementerian Luar Negeri {where}", _invented_name(rng, local)),
    }
    if not local:
        people["envoy"] = Person(f"Duta Besar {country.name} untuk Indonesia", _invented_name(rng))
    return people


@functools.cache
def _official(seed: int, organization: tuple[str, str]) -> Person:
    rng = random.Random(f"{seed}/official/{organization[0]}")
    role = rng.choice(("Sekretaris Jenderal", "Juru Bicara", "Direktur Jenderal", "Utusan Khusus"))
    return Person(f"{role} {organization[1]}", _invented_name(rng))


# -- what the stories say ---------------------------------------------------
# Slots: {A} {B} countries, {a} {b} their headline forms, {capA} {capB}
# capitals, {P1} {P2} {P3} officials (title and name at first mention, family
# name after), {org} {orgs} an organization and its short form, {region},
# {venue}, {goods} {Goods}, {n} {n2} {pct} figures, {when} the event's date
# as the story states it.


@dataclass(frozen=True)
class Issue:
    """One kind of storyline, with the sentences its stories are made of."""

    key: str
    roles: tuple[str, str]  # which officials of A and B speak
    headlines: tuple[str, ...]
    leads: tuple[str, ...]
    facts: tuple[str, ...]
    quotes: tuple[str, ...]
    subheads: tuple[str, ...]


ISSUES = (
    Issue(
        "dagang", ("trade", "trade"),
        ("{a} dan {b} Sepakati Penurunan Tarif {Goods}", "{a} Ancam Balas Tarif Baru {b}",
         "Perundingan Dagang {a}-{b} Kembali Buntu", "{a} Buka Pasar {Goods} untuk {b}",
         "Menteri Perdagangan {a} Desak {b} Cabut Hambatan Impor"),
        ("Pemerintah {A} dan {B} sepakat menurunkan tarif impor {goods} secara bertahap setelah perundingan "
         "{n2} putaran di {capA} {when}.",
         "{A} mengancam akan membalas kebijakan tarif baru {B} yang dinilai merugikan eksportir {goods} dari "
         "negaranya, kata pejabat perdagangan {A} {when}.",
         "Perundingan perdagangan antara {A} dan {B} kembali berakhir tanpa kesepakatan {when}, setelah kedua pihak "
         "gagal menyamakan sikap soal kuota impor {goods}."),
        ("Nilai perdagangan kedua negara tahun lalu mencapai {n} miliar dolar AS, dengan {goods} sebagai salah satu "
         "komoditas utama.",
         "Kalangan pengusaha di {capB} khawatir bea masuk yang lebih tinggi akan memukul lapangan kerja di sektor "
         "{goods}.",
         "Kesepakatan itu masih harus disetujui parlemen kedua negara sebelum berlaku pada awal tahun depan.",
         "Menurut data resmi, ekspor {goods} {A} ke {B} turun hampir {pct} persen dalam enam bulan terakhir.",
         "Para analis menilai sengketa ini bisa merembet ke sektor lain bila tidak segera diselesaikan."),
        ("Kami tidak ingin perang dagang, tetapi kami juga tidak akan diam bila eksportir kami dirugikan",
         "Pasar yang terbuka menguntungkan kedua belah pihak, dan itu yang sedang kami perjuangkan",
         "Masih ada beberapa poin teknis yang harus dibahas, terutama soal aturan asal barang",
         "Kami berharap putaran berikutnya menghasilkan kesepakatan yang adil bagi petani dan industri kami"),
        ("Kuota Jadi Ganjalan", "Dampak bagi Eksportir"),
    ),
    Issue(
        "perbatasan", ("fm", "envoy"),
        ("{a} Protes Kapal {b} di {Region}", "Ketegangan {a}-{b} Meningkat di {Region}",
         "{a} Panggil Duta Besar {b} soal Insiden di {Region}",
         "{a} dan {b} Sepakat Bentuk Tim Bersama Bahas Perbatasan"),
        ("Kementerian Luar Negeri {A} memanggil Duta Besar {B} {when} untuk memprotes masuknya kapal penjaga "
         "pantai {B} ke perairan yang diklaim {A} di {region}.",
         "Ketegangan antara {A} dan {B} kembali meningkat setelah kapal patroli kedua negara nyaris bertabrakan di "
         "{region} {when}.",
         "{A} dan {B} sepakat membentuk tim teknis bersama untuk membahas garis batas di {region}, menurut "
         "pernyataan bersama yang dirilis {when}."),
        ("Kedua negara telah lama bersengketa soal batas wilayah di {region}, yang kaya akan ikan dan diduga "
         "menyimpan cadangan gas.",
         "Insiden serupa terjadi tiga kali sepanjang tahun ini, menurut catatan angkatan laut {A}.",
         "Pengamat keamanan maritim menyebut jalur komunikasi darurat antara kedua angkatan laut belum berfungsi "
         "dengan baik.",
         "{B} menolak tuduhan itu dan menyatakan kapalnya berada di perairan sendiri.",
         "Nelayan setempat mengaku semakin sulit melaut sejak patroli di kawasan itu diperketat."),
        ("Kedaulatan kami tidak bisa ditawar, dan setiap pelanggaran akan kami sikapi dengan tegas",
         "Kami mengajak semua pihak menahan diri dan menyelesaikan perbedaan melalui jalur diplomatik",
         "Kapal kami menjalankan patroli rutin di wilayah yang sah menurut hukum internasional",
         "Tim bersama ini adalah langkah awal, bukan akhir dari perundingan"),
        ("Patroli Diperketat", "Jalur Diplomatik"),
    ),
    Issue(
        "latihan", ("defense", "spokes"),
        ("{a} dan {b} Gelar Latihan Militer Gabungan di {Region}", "{b} Kecam Latihan Perang {a} di {Region}",
         "{a} Kirim Ribuan Tentara untuk Latihan Bersama {b}"),
        ("Angkatan bersenjata {A} dan {B} memulai latihan militer gabungan berskala besar di {region} {when}, "
         "melibatkan sekitar {n} personel dan puluhan kapal perang.",
         "{B} mengecam latihan militer yang digelar {A} di {region} {when} dan menyebutnya sebagai tindakan "
         "provokatif yang mengancam stabilitas kawasan."),
        ("Latihan itu dijadwalkan berlangsung selama sepuluh hari dan mencakup simulasi pendaratan amfibi serta "
         "pertahanan udara.",
         "Ini merupakan latihan terbesar yang pernah digelar kedua negara sejak perjanjian pertahanan mereka "
         "diperbarui.",
         "Kementerian Pertahanan {A} menegaskan latihan tersebut bersifat rutin dan tidak ditujukan kepada negara "
         "mana pun.",
         "Pesawat pengintai dilaporkan memantau jalannya latihan dari wilayah udara internasional."),
        ("Latihan ini meningkatkan kesiapan pasukan kami menghadapi berbagai ancaman",
         "Pengerahan kekuatan sebesar ini hanya akan memperkeruh situasi di kawasan",
         "Kami terbuka soal jadwal dan lokasi latihan, tidak ada yang kami sembunyikan"),
        ("Simulasi Pendaratan", "Reaksi Keras"),
    ),
    Issue(
        "bencana", ("head", "fm"),
        ("{a} Kirim Bantuan untuk Korban Gempa di {b}", "Korban Banjir di {b} Bertambah, {a} Siapkan Bantuan",
         "{Orgs} Serukan Bantuan Internasional untuk {b}"),
        ("Pemerintah {A} mengirimkan {n2} ton bantuan kemanusiaan berupa makanan, obat-obatan, dan tenda untuk "
         "korban gempa di {B} {when}.",
         "Jumlah korban tewas akibat banjir besar di {B} terus bertambah, sementara {A} menyatakan siap mengirim "
         "tim penyelamat {when}.",
         "{Org} menyerukan bantuan internasional yang lebih besar bagi ratusan ribu warga {B} yang kehilangan "
         "tempat tinggal akibat bencana {when}."),
        ("Badan penanggulangan bencana setempat mencatat lebih dari {n} rumah rusak berat dan puluhan jembatan "
         "putus.",
         "Akses ke daerah terdampak masih sulit karena jalan utama tertimbun longsor.",
         "Pesawat angkut militer {A} mendarat di bandara terdekat dengan membawa logistik tahap pertama.",
         "Tim medis darurat telah mendirikan rumah sakit lapangan di dekat lokasi pengungsian."),
        ("Yang paling dibutuhkan sekarang adalah air bersih, selimut, dan obat-obatan",
         "Kami berdiri bersama rakyat {B} pada masa sulit ini",
         "Bantuan tahap kedua akan segera menyusul begitu jalur darat kembali terbuka"),
        ("Akses Masih Terputus", "Bantuan Tahap Kedua"),
    ),
    Issue(
        "sanksi", ("fm", "spokes"),
        ("{a} Jatuhkan Sanksi Baru terhadap Pejabat {b}", "{b} Balas Sanksi {a} dengan Larangan Masuk",
         "{Orgs} Perpanjang Sanksi Ekonomi terhadap {b}"),
        ("{A} menjatuhkan sanksi baru terhadap {n2} pejabat dan perusahaan {B} yang dituduh membantu menghindari "
         "embargo, kata kementerian keuangan {A} {when}.",
         "{B} membalas sanksi terbaru {A} dengan melarang puluhan pejabat {A} masuk ke wilayahnya, menurut "
         "pernyataan resmi yang dirilis {when}."),
        ("Sanksi itu membekukan aset para pihak yang disebutkan dan melarang warga {A} bertransaksi dengan mereka.",
         "{B} menyebut sanksi tersebut ilegal dan bertentangan dengan aturan perdagangan internasional.",
         "Sejak paket sanksi pertama diberlakukan, nilai mata uang {B} telah merosot tajam.",
         "Sejumlah bank internasional dilaporkan mulai membatasi transaksi dengan lembaga keuangan {B}."),
        ("Sanksi ini mengirim pesan jelas bahwa pelanggaran akan ada harganya",
         "Tekanan ekonomi tidak akan mengubah kebijakan luar negeri kami",
         "Kami akan terus meninjau langkah tambahan bila diperlukan"),
        ("Aset Dibekukan", "Langkah Balasan"),
    ),
    Issue(
        "pemilu", ("head", "fm"),
        ("Hasil Pemilu {a} Diumumkan, Oposisi Menolak Mengakui", "{b} Ucapkan Selamat atas Hasil Pemilu {a}",
         "Pemantau {Orgs} Soroti Kejanggalan Pemilu {a}"),
        ("Komisi pemilihan umum {A} mengumumkan hasil resmi pemilu {when}, namun kubu oposisi menolak mengakui "
         "kemenangan partai penguasa.",
         "Pemerintah {B} menyampaikan ucapan selamat kepada pemimpin terpilih {A} dan berharap kerja sama kedua "
         "negara semakin erat, {when}."),
        ("Tingkat partisipasi pemilih tercatat sekitar {pct} persen, lebih tinggi dibandingkan pemilu sebelumnya.",
         "Ribuan pendukung oposisi berkumpul di pusat kota {capA} untuk menuntut penghitungan ulang.",
         "Tim pemantau internasional melaporkan antrean panjang dan kekurangan surat suara di sejumlah daerah.",
         "Pelantikan pemimpin baru dijadwalkan berlangsung bulan depan."),
        ("Rakyat telah menentukan pilihannya, dan kami menghormati hasil itu",
         "Kami menemukan cukup banyak kejanggalan yang harus dijelaskan oleh penyelenggara",
         "Kami siap bekerja dengan pemerintahan baru demi kepentingan kedua bangsa"),
        ("Oposisi Turun ke Jalan", "Catatan Pemantau"),
    ),
    Issue(
        "energi", ("trade", "head"),
        ("{a} Teken Kontrak Pasokan Gas Jangka Panjang dengan {b}",
         "{a} dan {b} Bangun Pembangkit Listrik Tenaga Surya Bersama",
         "Harga Energi Melonjak, {a} Minta {b} Tambah Pasokan"),
        ("Perusahaan energi milik negara {A} menandatangani kontrak pasokan gas alam cair selama {n2} tahun dengan "
         "{B} di {capB} {when}.",
         "{A} dan {B} sepakat membangun pembangkit listrik tenaga surya berkapasitas {n} megawatt sebagai bagian "
         "dari kerja sama transisi energi, {when}."),
        ("Kontrak itu diperkirakan bernilai miliaran dolar AS dan akan mulai berjalan dua tahun lagi.",
         "{A} tengah berupaya mengurangi ketergantungan pada batu bara untuk memenuhi target emisi nasional.",
         "Sebagian pembiayaan proyek berasal dari pinjaman lunak lembaga keuangan internasional.",
         "Kelompok lingkungan mempertanyakan dampak proyek tersebut terhadap masyarakat adat di sekitar lokasi."),
        ("Ketahanan energi adalah fondasi pertumbuhan ekonomi kami",
         "Proyek ini membuktikan bahwa transisi energi bisa berjalan seiring dengan pembangunan",
         "Kami membutuhkan pasokan yang stabil dengan harga yang wajar"),
        ("Target Emisi", "Pembiayaan Proyek"),
    ),
    Issue(
        "pengungsi", ("fm", "spokes"),
        ("{Orgs} Desak {a} Buka Perbatasan bagi Pengungsi {b}", "Ribuan Warga {b} Mengungsi ke {a}",
         "{a} Perketat Aturan Suaka bagi Pendatang dari {b}"),
        ("Ribuan warga {B} menyeberang ke {A} dalam beberapa hari terakhir untuk menghindari kekerasan yang terus "
         "meningkat, kata {org} {when}.",
         "Pemerintah {A} memperketat aturan pemberian suaka bagi pendatang dari {B} di tengah lonjakan jumlah "
         "pencari suaka, {when}."),
        ("Kamp penampungan di dekat perbatasan kini menampung lebih dari {n} orang, jauh melebihi kapasitasnya.",
         "Sebagian besar pengungsi adalah perempuan dan anak-anak yang datang dengan berjalan kaki.",
         "Lembaga kemanusiaan melaporkan kekurangan air bersih dan layanan kesehatan di lokasi penampungan.",
         "Aturan baru itu mewajibkan pencari suaka mendaftar di pos perbatasan tertentu."),
        ("Tidak seorang pun boleh dipaksa kembali ke tempat yang membahayakan nyawanya",
         "Kami punya kewajiban kemanusiaan, tetapi kapasitas kami juga terbatas",
         "Kami butuh dukungan dana internasional agar kamp ini bisa bertahan"),
        ("Kamp Melebihi Kapasitas", "Aturan Baru"),
    ),
    Issue(
        "damai", ("fm", "fm"),
        ("Perundingan Damai {a}-{b} Dilanjutkan di {Venue}", "{a} dan {b} Sepakati Gencatan Senjata Sementara",
         "Gencatan Senjata {a}-{b} Kembali Dilanggar", "{Orgs} Tawarkan Diri Jadi Penengah {a} dan {b}"),
        ("Delegasi {A} dan {B} kembali duduk di meja perundingan di {venue} {when}, dengan fokus pada pertukaran "
         "tahanan dan pembukaan koridor kemanusiaan.",
         "{A} dan {B} menyepakati gencatan senjata selama {n2} hari yang dimediasi oleh {org}, menurut pernyataan "
         "yang dirilis {when}.",
         "Gencatan senjata antara {A} dan {B} kembali dilanggar {when} ketika kedua pihak saling menuduh "
         "melepaskan tembakan lebih dulu."),
        ("Putaran perundingan sebelumnya berakhir tanpa hasil setelah kedua delegasi meninggalkan ruang pertemuan.",
         "Lebih dari {n} orang dilaporkan tewas sejak pertempuran pecah tahun lalu.",
         "Para mediator berharap kesepakatan sementara ini dapat berkembang menjadi perjanjian damai yang permanen.",
         "Pengamat menilai kepercayaan di antara kedua pihak masih sangat rendah."),
        ("Setiap hari tanpa kesepakatan berarti lebih banyak warga sipil yang menderita",
         "Kami datang dengan itikad baik dan berharap pihak lain melakukan hal yang sama",
         "Gencatan senjata ini rapuh, dan semua pihak harus menahan diri",
         "Kami siap memfasilitasi pertemuan lanjutan kapan pun kedua pihak siap"),
        ("Pertukaran Tahanan", "Kepercayaan yang Rapuh"),
    ),
    Issue(
        "tahanan", ("fm", "spokes"),
        ("{b} Bebaskan Dua Warga {a} yang Ditahan Sejak Tahun Lalu", "{a} Tuntut {b} Bebaskan Jurnalisnya",
         "Pertukaran Tahanan {a} dan {b} Berlangsung di {Venue}"),
        ("Otoritas {B} membebaskan dua warga negara {A} yang ditahan lebih dari setahun atas tuduhan spionase, "
         "kata pejabat {A} {when}.",
         "{A} menuntut {B} segera membebaskan seorang jurnalisnya yang ditahan saat meliput unjuk rasa di {capB}, "
         "{when}.",
         "{A} dan {B} menukar {n2} tahanan dalam proses yang dimediasi oleh {org} di {venue} {when}."),
        ("Keluarga para tahanan telah lama mendesak pemerintah untuk mengupayakan pembebasan mereka.",
         "Pengadilan di {capB} sebelumnya menjatuhkan hukuman penjara yang dinilai bermotif politik.",
         "Kelompok kebebasan pers mencatat jumlah jurnalis yang ditahan di kawasan itu terus meningkat.",
         "Pertukaran itu berlangsung setelah berbulan-bulan perundingan rahasia."),
        ("Kami tidak akan berhenti sampai setiap warga kami pulang dengan selamat",
         "Menjadi jurnalis bukanlah kejahatan",
         "Proses hukum berjalan sesuai aturan yang berlaku di negara kami"),
        ("Perundingan Rahasia", "Desakan Keluarga"),
    ),
    Issue(
        "iklim", ("head", "fm"),
        ("{a} dan {b} Dorong Pendanaan Iklim bagi Negara Berkembang",
         "Negara Kepulauan Desak {a} Pangkas Emisi Lebih Cepat", "{a} Umumkan Target Nol Emisi Baru"),
        ("{A} dan {B} mendesak negara-negara maju memenuhi janji pendanaan iklim bagi negara berkembang dalam "
         "pertemuan di {venue} {when}.",
         "{A} mengumumkan target baru untuk mencapai nol emisi bersih lebih cepat dari rencana semula, {when}, di "
         "tengah tekanan dari negara-negara kepulauan."),
        ("Negara-negara kepulauan di {region} termasuk yang paling rentan terhadap kenaikan permukaan laut.",
         "Dana yang dijanjikan sejak bertahun-tahun lalu baru tersalurkan sebagian kecil.",
         "Para aktivis menilai target tersebut belum cukup ambisius untuk menahan pemanasan global.",
         "Pembahasan akan dilanjutkan dalam konferensi iklim tahunan akhir tahun ini."),
        ("Bagi kami, perubahan iklim bukan isu masa depan, tetapi ancaman hari ini",
         "Janji tanpa dana hanyalah kata-kata", "Kami siap menanggung bagian kami dari beban ini"),
        ("Dana yang Tertunda", "Tekanan Negara Kepulauan"),
    ),
    Issue(
        "wabah", ("head", "spokes"),
        ("{Orgs} Kirim Tim Darurat ke {b} setelah Wabah Meluas", "{a} Perketat Pemeriksaan Pelancong dari {b}",
         "Kasus Wabah di {b} Melonjak, {a} Kirim Vaksin"),
        ("{Org} mengirim tim darurat ke {B} {when} setelah wabah penyakit menular di wilayah timur negara itu "
         "menyebar ke ibu kota.",
         "{A} memperketat pemeriksaan kesehatan bagi pelancong yang datang dari {B} menyusul lonjakan kasus wabah "
         "di negara tersebut, {when}."),
        ("Otoritas kesehatan {B} melaporkan lebih dari {n} kasus baru dalam sepekan terakhir.",
         "Rumah sakit di {capB} mulai kewalahan menampung pasien.",
         "Vaksin yang dikirim {A} akan diprioritaskan bagi tenaga kesehatan dan warga lanjut usia.",
         "Bandara utama memasang alat pemindai suhu tubuh di pintu kedatangan internasional."),
        ("Kecepatan respons dalam beberapa pekan ke depan akan sangat menentukan",
         "Tidak ada alasan untuk panik, tetapi kewaspadaan harus ditingkatkan",
         "Kami berbagi vaksin karena wabah tidak mengenal batas negara"),
        ("Rumah Sakit Kewalahan", "Pemeriksaan di Bandara"),
    ),
    Issue(
        "rudal", ("defense", "fm"),
        ("{a} Uji Coba Rudal Balistik, {b} Siaga", "{b} Kecam Peluncuran Rudal {a}",
         "{Orgs} Gelar Rapat Darurat soal Uji Coba Rudal {a}"),
        ("{A} meluncurkan rudal balistik jarak menengah ke arah {region} {when}, memicu kecaman dari {B} dan "
         "negara-negara tetangga.",
         "{B} mengecam keras peluncuran rudal terbaru {A} {when} dan menyebutnya sebagai pelanggaran nyata "
         "terhadap resolusi {orgs}."),
        ("Rudal itu terbang sekitar {n} kilometer sebelum jatuh di luar zona ekonomi eksklusif.",
         "Ini adalah uji coba kelima tahun ini, menurut militer {B}.",
         "{Org} dijadwalkan menggelar rapat tertutup untuk membahas insiden tersebut.",
         "Para pakar menduga rudal itu menggunakan teknologi bahan bakar padat yang lebih sulit dideteksi."),
        ("Peluncuran ini adalah provokasi yang tidak bisa diterima",
         "Uji coba ini adalah hak kami untuk membela diri",
         "Kami meminta semua pihak kembali ke meja perundingan"),
        ("Rapat Tertutup", "Teknologi Baru"),
    ),
    Issue(
        "investasi", ("trade", "envoy"),
        ("{a} Siapkan Investasi Jalur Kereta di {b}", "{b} Tinjau Ulang Proyek Pelabuhan Bersama {a}",
         "Investor {a} Lirik Sektor {Goods} di {b}"),
        ("{A} berkomitmen menanamkan investasi senilai {n} juta dolar AS untuk membangun jalur kereta di {B}, "
         "menurut kesepakatan yang ditandatangani di {capB} {when}.",
         "Pemerintah {B} meninjau ulang proyek pelabuhan yang dibangun bersama {A} setelah biaya proyek membengkak "
         "jauh dari perkiraan awal, {when}."),
        ("Proyek itu diperkirakan menyerap ribuan tenaga kerja lokal selama masa konstruksi.",
         "Kritikus memperingatkan risiko jebakan utang bila proyek tidak menghasilkan pendapatan sesuai rencana.",
         "Pembangunan tahap pertama ditargetkan rampung dalam tiga tahun.",
         "Kamar dagang setempat menyambut baik masuknya modal asing di sektor {goods}."),
        ("Infrastruktur yang baik akan membuka wilayah-wilayah yang selama ini tertinggal",
         "Kami ingin memastikan setiap proyek memberi manfaat nyata bagi rakyat kami",
         "Iklim investasi di sini semakin menarik bagi perusahaan kami"),
        ("Risiko Utang", "Tenaga Kerja Lokal"),
    ),
    Issue(
        "wni", ("fm", "spokes"),
        ("Kemlu Pastikan WNI di {b} dalam Keadaan Aman", "{a} Evakuasi Ratusan Warganya dari {b}",
         "KBRI Bantu Pemulangan Pekerja Migran dari {b}"),
        ("Kementerian Luar Negeri {A} memastikan warga negaranya di {B} dalam keadaan aman setelah kerusuhan "
         "melanda sejumlah kota di negara itu {when}.",
         "Pemerintah {A} mengevakuasi {n2} warga negaranya dari {B} melalui jalur darat menuju negara tetangga "
         "{when}."),
        ("Kedutaan besar telah membuka posko pengaduan dan hotline yang dapat dihubungi selama 24 jam.",
         "Sebagian besar warga yang dievakuasi adalah pelajar dan pekerja migran.",
         "Pemerintah mengimbau warga yang berada di daerah rawan untuk menghindari kerumunan.",
         "Proses pemulangan dilakukan bertahap sesuai ketersediaan penerbangan."),
        ("Keselamatan warga negara kami adalah prioritas utama",
         "Kami terus berkomunikasi dengan otoritas setempat untuk memastikan jalur evakuasi aman",
         "Warga kami diminta tetap tenang dan mengikuti arahan kedutaan"),
        ("Posko Pengaduan", "Pemulangan Bertahap"),
    ),
    Issue(
        "kunjungan", ("head", "head"),
        ("{a} Sambut Kunjungan Kenegaraan Pemimpin {b}", "Kunjungan ke {b}, {a} Bawa Misi Dagang",
         "{a} dan {b} Teken Belasan Nota Kesepahaman"),
        ("Pemimpin {B} tiba di {capA} {when} untuk kunjungan kenegaraan tiga hari yang difokuskan pada kerja sama "
         "ekonomi dan pertahanan.",
         "{A} dan {B} menandatangani belasan nota kesepahaman di bidang pendidikan, kesehatan, dan energi dalam "
         "kunjungan kenegaraan di {capB} {when}."),
        ("Kunjungan itu merupakan yang pertama dalam lebih dari satu dekade.",
         "Rombongan turut membawa puluhan pengusaha yang menjajaki peluang investasi.",
         "Kedua pemimpin juga dijadwalkan meresmikan pusat kebudayaan baru.",
         "Upacara penyambutan digelar di istana kepresidenan dengan dentuman meriam kehormatan."),
        ("Persahabatan kedua bangsa kami memasuki babak baru",
         "Kami datang bukan hanya sebagai mitra dagang, tetapi sebagai sahabat",
         "Kesepakatan hari ini harus segera diterjemahkan menjadi proyek nyata"),
        ("Misi Dagang", "Babak Baru"),
    ),
    Issue(
        "siber", ("spokes", "spokes"),
        ("{a} Tuding Peretas {b} Serang Jaringan Pemerintah", "{b} Bantah Terlibat Serangan Siber ke {a}",
         "{a} dan {b} Bentuk Kelompok Kerja Keamanan Siber"),
        ("{A} menuding kelompok peretas yang didukung {B} berada di balik serangan siber terhadap jaringan "
         "sejumlah kementerian, {when}.",
         "{B} membantah terlibat dalam serangan siber yang melumpuhkan layanan publik {A} {when} dan meminta bukti "
         "yang kuat."),
        ("Serangan itu sempat melumpuhkan layanan paspor dan pajak selama beberapa hari.",
         "Para penyelidik menemukan jejak perangkat lunak berbahaya yang pernah digunakan dalam serangan sebelumnya.",
         "Pakar keamanan siber menilai pemerintah perlu memperkuat perlindungan data warganya.",
         "Kelompok kerja bersama akan bertemu setiap tiga bulan untuk bertukar informasi ancaman."),
        ("Serangan terhadap infrastruktur penting adalah garis merah bagi kami",
         "Tuduhan tanpa bukti hanya akan merusak hubungan kedua negara",
         "Ancaman siber tidak bisa dihadapi oleh satu negara saja"),
        ("Layanan Publik Lumpuh", "Jejak Digital"),
    ),
    Issue(
        "pangan", ("trade", "fm"),
        ("{a} Larang Ekspor {Goods}, Harga di {b} Melonjak", "{b} Minta {a} Jamin Pasokan {Goods}",
         "{Orgs} Peringatkan Krisis Pangan di {b}"),
        ("{A} melarang sementara ekspor {goods} untuk menjaga stok dalam negeri, sehingga harga di {B} melonjak "
         "tajam {when}.",
         "{Org} memperingatkan jutaan warga {B} terancam kekurangan pangan akibat gagal panen dan lonjakan harga "
         "{goods}, {when}."),
        ("Harga {goods} di pasar {capB} naik hampir {pct} persen dalam sebulan.",
         "Kemarau panjang menurunkan hasil panen di sejumlah negara produsen utama.",
         "Pemerintah {B} menyiapkan operasi pasar dan bantuan langsung bagi keluarga miskin.",
         "Para pedagang mengeluhkan pasokan yang tersendat di pelabuhan."),
        ("Kebijakan ini sementara dan akan dievaluasi setiap bulan",
         "Kami meminta mitra dagang kami tidak menjadikan pangan sebagai alat tekanan",
         "Tanpa bantuan segera, anak-anak akan menjadi korban pertama"),
        ("Operasi Pasar", "Gagal Panen"),
    ),
)  # fmt: skip

# Made-up names of the places and projects a single storyline brings in.
SYLLABLES = ("ka", "ra", "mo", "ve", "li", "tan", "sor", "mer", "da", "lu", "ni", "bo", "zen", "tor", "vi", "sa",
             "gan", "pe", "ru", "hal", "do", "ne", "kor", "mi", "ta", "bel", "os", "an")  # fmt: skip
SITE_KINDS = ("Pulau", "Provinsi", "kota", "Lembah", "Teluk", "distrik", "Tanjung", "kawasan industri")
PROJECT_KINDS = ("Proyek", "Operasi", "Kesepakatan", "Program", "Koridor", "Inisiatif")
COMPANY_KINDS = ("perusahaan", "konsorsium", "kelompok", "yayasan", "lembaga")
# Sentences about those places and projects.
DETAILS = (
    "Di {town}, aparat keamanan menambah jumlah personel di sejumlah titik.",
    "{company} disebut-sebut terlibat dalam {project} sejak tahap awal.",
    "Perwakilan {company} belum menanggapi permintaan konfirmasi hingga berita ini diturunkan.",
    "Jalan utama yang menghubungkan {town} dengan {site} sempat ditutup selama beberapa jam.",
    "Dokumen yang beredar di {town} menyebut {company} sebagai pihak yang paling diuntungkan.",
    "Ratusan warga {town} berkumpul di alun-alun kota untuk mendengarkan pengumuman pemerintah.",
    "Sorotan utama tertuju pada {site}, wilayah yang selama ini menjadi titik panas hubungan {A} dan {B}.",
    "Warga di sekitar {site} mengaku mengikuti perkembangan ini dengan cemas.",
    "Nama {project} kerap disebut dalam pembicaraan para pejabat kedua negara.",
    "{project} semula ditargetkan rampung tahun depan, tetapi jadwalnya kini tidak menentu.",
    "Laporan dari {site} menyebutkan aktivitas warga berjalan seperti biasa.",
    "Pejabat setempat di {site} meminta pemerintah pusat segera turun tangan.",
    "Para pejabat {B} menilai {project} sebagai ujian bagi hubungan kedua negara.",
    "Sejak awal, {project} menuai kritik dari kelompok oposisi di {capA}.",
)
# Titles of the people a single storyline brings in.
EXTRA_ROLES = (
    "Wakil Menteri Luar Negeri {A}", "Duta Besar {B} untuk {A}", "Utusan Khusus {orgs} untuk {region}",
    "Komandan Armada Timur {A}", "Kepala Badan Penanggulangan Bencana {B}", "Pengamat hubungan internasional",
    "Peneliti senior Pusat Kajian Asia", "Direktur Eksekutif Lembaga Kajian Strategis", "Ketua Komisi Luar Negeri "
    "parlemen {A}", "Penasihat keamanan nasional {A}",
)  # fmt: skip
BACKGROUND = (
    "Hubungan {A} dan {B} mengalami pasang surut dalam beberapa tahun terakhir.",
    "Kedua negara menjalin hubungan diplomatik sejak {oldyear} dan memiliki kedutaan di ibu kota masing-masing.",
    "Isu ini juga dibahas dalam pertemuan tingkat menteri {orgs} bulan lalu.",
    "{A} merupakan salah satu mitra dagang terbesar {B} di kawasan.",
    "Sebelumnya, kedua pihak menandatangani nota kesepahaman serupa pada {olddate}.",
    "Situasi ini menjadi sorotan sejak awal tahun, ketika {A} mengumumkan perubahan arah kebijakan luar negerinya.",
    "Persoalan ini sempat memanas pada {olddate}, sebelum kedua pihak sepakat membuka jalur dialog.",
)
CONTEXT = (
    "Para diplomat menyebut pembicaraan berlangsung alot hingga larut malam.",
    "Isu tersebut menjadi salah satu agenda utama dalam kunjungan {P1} ke {capB}.",
    "Media pemerintah {A} memberitakan pertemuan itu secara luas, sementara media {B} hanya memuat pernyataan singkat.",
    "Sejumlah pengamat memperkirakan hubungan kedua negara akan tetap tegang dalam beberapa bulan ke depan.",
    "Parlemen {B} dijadwalkan membahas persoalan ini dalam sidang pekan depan.",
    "Pasar keuangan di kawasan bereaksi dingin terhadap kabar tersebut.",
    "Kelompok masyarakat sipil di {capA} menggelar aksi damai untuk menyuarakan sikap mereka.",
    "Dalam pernyataan tertulis, kementerian luar negeri {A} menyebut langkah itu sebagai bagian dari kebijakan "
    "jangka panjang.",
    "Pembicaraan itu juga menyinggung kerja sama di bidang pendidikan dan pariwisata.",
    "Indonesia beberapa kali menyerukan penyelesaian damai atas persoalan serupa di forum internasional.",
    "Data {orgs} menunjukkan tren serupa di sejumlah negara lain di kawasan.",
    "Kedua pemimpin terakhir kali bertemu di sela-sela pertemuan puncak tahun lalu.",
)
# Sentences that differ from article to article: {sector}, {city}, {group}, {period} and {figure} come from
# the word lists below, so two reports of one story rarely share them.
COLOR = (
    "Di {city}, para pelaku usaha sektor {sector} mengikuti perkembangan ini dengan saksama.",
    "Kalangan {group} menilai dampaknya baru akan terasa {period}.",
    "Sejumlah {group} di {city} menggelar diskusi terbuka untuk membahas perkembangan terbaru.",
    "Bursa saham di {city} ditutup melemah {figure} persen, dipimpin saham-saham sektor {sector}.",
    "Survei terbaru menunjukkan {figure} persen responden di {city} mendukung langkah pemerintah.",
    "Menurut catatan {group}, persoalan serupa pernah muncul {period} dan berakhir tanpa penyelesaian.",
    "Harga tiket penerbangan dari {city} dilaporkan naik menjelang rangkaian pertemuan tersebut.",
    "Kamar dagang di {city} memperkirakan sektor {sector} akan paling merasakan dampaknya.",
    "Sebuah lembaga riset di {city} memperkirakan kerugian ekonomi mencapai {figure} juta dolar AS.",
    "Isu ini ramai diperbincangkan di media sosial, terutama di kalangan {group}.",
    "Beberapa {group} mengingatkan agar pemerintah tidak mengambil keputusan tanpa kajian yang matang.",
    "Arus wisatawan ke {city} dilaporkan turun sekitar {figure} persen {period}.",
    "Asosiasi {sector} meminta kepastian aturan agar rencana investasi tidak tertunda.",
    "Para {group} di {city} berencana mengirim petisi kepada parlemen.",
    "Nilai tukar mata uang setempat sempat melemah {figure} persen sebelum kembali stabil.",
    "Rapat koordinasi lintas kementerian dijadwalkan digelar di {city} {period}.",
)
SECTORS = ("perikanan", "pariwisata", "perbankan", "logistik", "manufaktur", "pertambangan", "pertanian",
           "otomotif", "tekstil", "energi terbarukan", "perhotelan", "penerbangan", "pelayaran", "telekomunikasi",
           "farmasi", "konstruksi", "perkebunan", "elektronik", "makanan dan minuman", "ritel")  # fmt: skip
GROUPS = ("akademisi", "mahasiswa", "pengusaha muda", "aktivis hak asasi", "diplomat senior", "ekonom",
          "pensiunan militer", "tokoh agama", "jurnalis", "nelayan", "petani", "buruh pelabuhan", "pegiat lingkungan",
          "anggota parlemen", "pengacara", "peneliti kebijakan")  # fmt: skip
PERIODS = ("dalam enam bulan ke depan", "pada kuartal berikutnya", "tahun depan", "dua tahun lalu",
           "pada awal dekade ini", "menjelang akhir tahun", "dalam beberapa pekan",
           "sepanjang musim hujan")  # fmt: skip
REACTIONS = (
    "Kementerian Luar Negeri {B} belum memberikan tanggapan resmi atas pernyataan tersebut.",
    "Sejumlah negara tetangga menyerukan agar kedua pihak menahan diri.",
    "{Org} menyatakan terus memantau perkembangan situasi dengan cermat.",
    "Pemerintah Indonesia melalui Kementerian Luar Negeri berharap persoalan ini diselesaikan secara damai.",
    "Kedutaan besar {B} di Jakarta menolak berkomentar ketika dihubungi.",
)
NEXT_STEPS = (
    "Pertemuan lanjutan dijadwalkan berlangsung bulan depan di {capB}.",
    "Kedua delegasi akan kembali bertemu setelah berkonsultasi dengan pemerintah masing-masing.",
    "Hasil pembicaraan itu akan dilaporkan kepada para pemimpin kedua negara.",
    "Perkembangan berikutnya diperkirakan bergantung pada sikap parlemen {A}.",
)
REPORTED = (
    "{P1} mengatakan pemerintahnya akan mempelajari usulan tersebut sebelum mengambil keputusan.",
    "Menurut {P1}, pembicaraan berlangsung dalam suasana yang terbuka dan konstruktif.",
    "{P2} menambahkan bahwa negaranya tetap terbuka untuk berdialog dengan semua pihak.",
    "{P2} menegaskan pentingnya menghormati hukum internasional dalam menyelesaikan perbedaan.",
    "{P3} menyebut perkembangan ini patut dicermati oleh negara-negara di kawasan.",
    "{P4} menilai langkah itu akan berdampak luas bagi stabilitas kawasan.",
    "Menurut {P4}, kedua pihak sebenarnya sama-sama membutuhkan kesepakatan.",
)
GENERIC_QUOTES = (
    "Kami menghormati kedaulatan setiap negara dan berharap hal yang sama dari mitra kami",
    "Dialog adalah satu-satunya jalan keluar yang masuk akal",
    "Kami akan terus berkoordinasi dengan mitra-mitra kami di kawasan",
    "Masih terlalu dini untuk menyimpulkan hasil akhirnya",
    "Posisi kami tidak berubah sejak awal",
    "Kami tidak akan mengambil keputusan secara terburu-buru",
)
# Attribution formulas: {o}/{c} open and close the quote, {q} is its text, {S} the speaker.
ATTRIBUTIONS = (
    "{o}{q},{c} kata {S}.",
    "{o}{q},{c} ujar {S} kepada wartawan di {city}.",
    "{o}{q},{c} kata {S} dalam konferensi pers.",
    "{S} mengatakan, {o}{q}.{c}",
    "{S} menegaskan, {o}{q}.{c}",
    "{o}{q},{c} tegas {S}.",
    "{o}{q},{c} tulis {S} di media sosial.",
)
FOLLOW_UPS = ("{o}{q},{c} tambahnya.", "{o}{q},{c} katanya.", "{o}{q},{c} ujar dia.")

# Interchangeable words and phrases: each article picks one of every group, so
# that two writers of the same story do not write the same sentences.
SYNONYMS = (
    ("mengatakan", "menyatakan", "menyebutkan"), ("menegaskan", "menekankan"), ("pemerintah", "otoritas"),
    ("kesepakatan", "perjanjian", "persetujuan"), ("pertemuan", "pembicaraan", "perundingan"),
    ("kedua negara", "kedua pihak", "dua negara itu"), ("kawasan", "wilayah"), ("sejumlah", "beberapa"),
    ("para analis", "para pengamat", "kalangan pakar"), ("khawatir", "cemas"), ("tajam", "drastis", "signifikan"),
    ("segera", "secepatnya"), ("menilai", "berpendapat"), ("menyerukan", "mendesak"), ("memantau", "mengawasi"),
    ("situasi", "keadaan", "kondisi"), ("dalam beberapa tahun terakhir", "belakangan ini", "sejak beberapa tahun lalu"),
    ("bulan lalu", "beberapa pekan lalu"), ("bulan depan", "dalam waktu dekat"),
    ("menolak berkomentar", "enggan memberikan komentar", "tidak bersedia berkomentar"),
    ("diperkirakan", "diprediksi", "ditaksir"), ("dilaporkan", "diberitakan"), ("sebelumnya", "sebelum ini"),
    ("persoalan", "masalah", "isu"), ("menyampaikan", "mengutarakan"), ("membahas", "mendiskusikan", "membicarakan"),
    ("mengirimkan", "mengirim"), ("berharap", "menginginkan"),
    ("pernyataan", "keterangan"), ("mencapai", "menyentuh"), ("memperingatkan", "mengingatkan"),
    ("sepakat", "setuju"), ("menuding", "menuduh"), ("tuduhan", "tudingan"), ("ketegangan", "gesekan"),
    ("langkah", "tindakan", "keputusan"), ("terakhir", "belakangan"), ("berlangsung", "digelar"),
    ("pejabat", "petinggi"), ("kerja sama", "kemitraan"), ("memicu", "menimbulkan"), ("meningkat", "bertambah"),
)  # fmt: skip


@functools.cache
def _synonym_pattern() -> re.Pattern[str]:
    words = sorted({word for group in SYNONYMS for word in group}, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(word) for word in words) + r")\b", re.IGNORECASE)


@functools.cache
def _synonym_group() -> dict[str, int]:
    return {word: number for number, group in enumerate(SYNONYMS) for word in group}


def _reworded(template: str, wording: tuple[int, ...]) -> str:
    """The template in one writer's words: every synonym replaced by the one this article uses."""
    pieces = _synonym_slots(template)
    if len(pieces) == 1:
        return template
    out = []
    for piece in pieces:
        if isinstance(piece, str):
            out.append(piece)
        else:
            group, upper = piece
            word = SYNONYMS[group][wording[group]]
            out.append(word[0].upper() + word[1:] if upper else word)
    return "".join(out)


@functools.cache
def _synonym_slots(template: str) -> tuple[str | tuple[int, bool], ...]:
    """The template cut into literal text and (synonym group, capitalized) slots, once per template."""
    pieces: list[str | tuple[int, bool]] = []
    last = 0
    for match in _synonym_pattern().finditer(template):
        found = match.group(0)
        pieces += [template[last : match.start()], (_synonym_group()[found.lower()], found[0].isupper())]
        last = match.end()
    pieces.append(template[last:])
    return tuple(pieces)


# -- what the pages put around the story ----------------------------------


@dataclass(frozen=True)
class Outlet:
    """An invented news site and the way its pages are laid out."""

    name: str  # "Warta Buana"
    web: str  # "wartabuana.com"
    agency: str  # initials used as an agency tag "(WB)"
    section: str | None  # label above the headline
    date_style: int
    prefix_style: int
    blank_lines: bool  # paragraphs separated by an empty line
    curly: bool  # “curly” or "straight" quote marks
    share_row: str | None
    caption_style: int
    ads: bool
    link_style: int  # how "Baca juga" links look
    credit_style: int
    related_header: str
    related_style: int
    tail: str | None  # a notice or line at the very bottom


NAME_FIRST = ("Warta", "Kabar", "Lintas", "Harian", "Suluh", "Gema", "Sinar", "Cakra", "Jendela", "Pelita", "Nusa",
              "Duta", "Bintang", "Fajar", "Radar", "Tribun")  # fmt: skip
NAME_SECOND = ("Buana", "Global", "Nusantara", "Mancanegara", "Samudra", "Khatulistiwa", "Timur", "Raya", "Pos",
               "Cakrawala", "Jagat", "Dunia")  # fmt: skip
SECTIONS = ("Internasional", "Dunia", "Mancanegara", "Global", "Luar Negeri", "News", "Internasional > Asia",
            "Home > Dunia > Timur Tengah", "Berita Dunia")  # fmt: skip
SHARE_ROWS = ("facebook twitter whatsapp telegram line copy", "Bagikan: Facebook Twitter WhatsApp",
              "Share this article", "URL berhasil dicopy", "Salin tautan")  # fmt: skip
RELATED_HEADERS = ("Berita Terkait", "Baca Berita Lainnya", "Artikel Terkait", "Terpopuler", "Pilihan Redaksi",
                   "Berita Terkini", "Rekomendasi")  # fmt: skip
TAILS = ("Exit mobile version", "Ikuti berita terkini dari {name} di Google News",
         "Copyright © {year} {name}. All Rights Reserved.", "Dapatkan update berita pilihan setiap hari",
         "© {year} {web}", "Tags: {tags}")  # fmt: skip
CAPTIONS = (
    "{who} saat tiba di {place}. (Foto: {agency}/{photographer})",
    "{who} berbicara kepada wartawan di {place}. REUTERS/{photographer}",
    "{who} dalam sebuah pertemuan di {place}. (Dok. Istimewa)",
    "Ilustrasi: suasana di {place}. Foto: {agency}",
    "{who} menghadiri pertemuan di {place}. AFP/{photographer}",
)
ALT_CAPTIONS = (  # printed twice (image text, then caption), without a credit
    "{who} saat menghadiri pertemuan di {place}",
    "Suasana pertemuan para delegasi di {place} pekan ini",
)


@functools.cache
def outlets() -> tuple[Outlet, ...]:
    """The invented outlets; fixed for every seed."""
    rng = random.Random("outlets")
    names = [f"{first} {second}" for first in NAME_FIRST for second in NAME_SECOND]
    rng.shuffle(names)
    return tuple(_outlet(name, rng) for name in names[:48])


def _outlet(name: str, rng: random.Random) -> Outlet:
    web = name.replace(" ", "").lower() + rng.choice((".com", ".com", ".id", ".co.id", ".net"))
    return Outlet(
        name=name,
        web=web,
        agency="".join(word[0] for word in name.split()) + rng.choice(("", "N", "I")),
        section=rng.choice((*SECTIONS, None, None)),
        date_style=rng.randrange(9),
        prefix_style=rng.randrange(7),
        blank_lines=rng.random() < 0.7,
        curly=rng.random() < 0.5,
        share_row=rng.choice((*SHARE_ROWS, None, None)),
        caption_style=rng.randrange(3),
        ads=rng.random() < 0.4,
        link_style=rng.randrange(4),
        credit_style=rng.randrange(5),
        related_header=rng.choice(RELATED_HEADERS),
        related_style=rng.randrange(3),
        tail=rng.choice((*TAILS, None, None)),
    )


# -- storylines -------------------------------------------------------------


@dataclass(frozen=True)
class Topic:
    """A storyline: an issue between two countries over a stretch of time."""

    issue: Issue
    first: Country
    second: Country
    organization: tuple[str, str]
    region: str
    venue: str
    goods: str
    start: int  # day offset of its first story
    span: int  # days it runs
    extra: Person  # someone only this storyline quotes (an analyst, a commander, an envoy)
    site: str  # a place only this storyline names ("Pulau Veranta")
    project: str  # a deal, operation or project only this storyline names ("Proyek Kalmora")
    town: str  # a second place ("kota Dorasa")
    company: str  # a company, group or body only this storyline names ("perusahaan Nikora")


@functools.cache
def _topic(seed: int, number: int) -> Topic:
    rng = random.Random(f"{seed}/topic/{number}")
    issue = ISSUES[number % len(ISSUES)] if number < len(ISSUES) else rng.choice(ISSUES)
    pool = (*COUNTRIES, INDONESIA) if issue.key != "wni" else COUNTRIES
    first, second = rng.sample(pool, 2)
    if issue.key == "wni":
        first = INDONESIA
    span = rng.choice((7, 14, 30, 60, 120, 240))
    issue = _storyline_sentences(issue, rng)
    organization, region = rng.choice(ORGANIZATIONS), rng.choice(REGIONS)
    role = rng.choice(EXTRA_ROLES).format(A=first.name, B=second.name, orgs=organization[1], region=region)
    extra = Person(role, _invented_name(rng, indonesian=role.startswith(("Pengamat", "Peneliti"))))
    site = f"{rng.choice(SITE_KINDS)} {_invented_word(rng)}"
    project = f"{rng.choice(PROJECT_KINDS)} {_invented_word(rng)}"
    town = f"kota {_invented_word(rng)}"
    company = f"{rng.choice(COMPANY_KINDS)} {_invented_word(rng)}"
    return Topic(
        issue, first, second, organization, region, rng.choice(VENUES), rng.choice(GOODS), rng.randrange(DAYS - 7),
        span, extra, site, project, town, company,
    )  # fmt: skip


def _storyline_sentences(issue: Issue, rng: random.Random) -> Issue:
    """The part of an issue's sentences one storyline uses, so that two storylines of one kind differ."""

    def some(sentences: tuple[str, ...], keep: int) -> tuple[str, ...]:
        return tuple(rng.sample(sentences, min(keep, len(sentences))))

    return replace(
        issue, headlines=some(issue.headlines, 3), leads=some(issue.leads, 2), facts=some(issue.facts, 4),
        quotes=some(issue.quotes, 2),
    )  # fmt: skip


def _invented_word(rng: random.Random) -> str:
    """A made-up proper name of two or three syllables ("Veranta", "Kalmo")."""
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.choice((2, 3, 3)))).capitalize()


# -- one article ------------------------------------------------------------


@dataclass(frozen=True)
class Article:
    """A generated page and what a careful reader would extract from it."""

    name: str
    text: str
    headline: str | None  # None: the page has no headline line
    date: dt.date | None  # the date a briefing should be filed under; None: no full date anywhere
    lead: str  # first paragraph, dateline prefix cut
    prefix: str  # the dateline prefix as printed before the lead ("Jakarta, Warta Buana -- "), or ""
    paragraphs: tuple[str, ...]  # the article text, lead first
    furniture: tuple[str, ...]  # every line (or sign-off) that is not article text
    topic: int


class _Slots(dict):  # type: ignore[type-arg]
    """Template slots; people are named in full at first mention and by family name after."""

    def __init__(self, values: dict[str, str], people: dict[str, Person]) -> None:
        super().__init__(values)
        self.people = people
        self.named: set[str] = set()

    def __missing__(self, key: str) -> str:
        person = self.people[key]
        if key in self.named:
            return person.surname
        self.named.add(key)
        return f"{person.title} {person.name}"


def generate(n: int, seed: int = 0) -> Iterator[tuple[str, str]]:
    """(file name, text) of n articles; the same n and seed always give the same pages."""
    for article in generate_articles(n, seed):
        yield article.name, article.text


def generate_articles(n: int, seed: int = 0, start: int = 0) -> Iterator[Article]:
    """Articles start..start+n-1 with what should be extracted from each (for tests)."""
    for index in range(start, start + n):
        yield make_article(index, seed)


def make_article(index: int, seed: int = 0) -> Article:
    """Article number index of the corpus of this seed; it does not depend on the corpus size."""
    rng = random.Random(f"{seed}/article/{index}")
    number_rng = random.Random(f"{seed}/topic-pick/{index}")
    topic_number = int((BASE_TOPICS + index // ARTICLES_PER_NEW_TOPIC) * number_rng.random() ** 1.6)
    topic = _topic(seed, topic_number)
    outlet = rng.choice(outlets()[: 12 + rng.randrange(len(outlets()) - 11)])  # a few outlets publish most
    published = FIRST_DAY + dt.timedelta(days=min(DAYS - 1, topic.start + rng.randrange(topic.span)))
    page = _Page(rng, seed, topic, outlet, published)
    return page.article(f"{index:06d}_{rng.getrandbits(32):08x}.txt", topic_number)


class _Page:
    """Builds one page line by line, remembering which lines are furniture."""

    def __init__(self, rng: random.Random, seed: int, topic: Topic, outlet: Outlet, published: dt.date) -> None:
        self.rng, self.seed, self.topic, self.outlet = rng, seed, topic, outlet
        self.published = published
        self.event = published - dt.timedelta(days=rng.choice((0, 0, 1)))
        self.stated: list[dt.date] = []  # full dates written in the article text
        roll = rng.random()
        self.headless = roll < HEADLESS_SHARE
        self.dateless = self.headless or rng.random() < DATELESS_SHARE
        self.vague = self.dateless and rng.random() < VAGUE_SHARE  # no full date anywhere
        self.furniture: list[str] = []
        self.quoted: set[str] = set()
        self.open, self.close = ("“", "”") if outlet.curly else ('"', '"')
        self.slots = self._slots()
        self.title: str | None = None
        self.wording = tuple(rng.randrange(len(group)) for group in SYNONYMS)  # this writer's choice of words

    # ---- the story

    def _slots(self) -> _Slots:
        topic, rng = self.topic, self.rng
        first, second = topic.first, topic.second
        cast_a, cast_b = _cast(self.seed, first), _cast(self.seed, second)
        role_a, role_b = topic.issue.roles
        third = _cast(self.seed, INDONESIA)["spokes"]
        if rng.random() < 0.6:
            third = _official(self.seed, topic.organization)
        values = {
            "A": first.name, "B": second.name, "capA": first.capital, "capB": second.capital,
            "a": self._short(first), "b": self._short(second),
            "org": topic.organization[0], "orgs": topic.organization[1],
            "Org": topic.organization[0], "Orgs": topic.organization[1],
            "region": topic.region, "Region": topic.region[:1].upper() + topic.region[1:],
            "venue": topic.venue, "Venue": topic.venue,
            "goods": topic.goods, "Goods": topic.goods.title(),
            "n": f"{rng.randrange(2, 90) * 100:,}".replace(",", "."), "n2": str(rng.randrange(2, 40)),
            "pct": str(rng.randrange(5, 60)), "oldyear": str(rng.randrange(1950, 2015)),
            "site": topic.site, "project": topic.project, "town": topic.town, "company": topic.company,
            "city": rng.choice(COUNTRIES).capital, "sector": rng.choice(SECTORS), "group": rng.choice(GROUPS),
            "period": rng.choice(PERIODS), "figure": str(rng.randrange(2, 40)),
        }  # fmt: skip
        people = {
            "P1": cast_a.get(role_a, cast_a["fm"]), "P2": cast_b.get(role_b, cast_b["fm"]), "P3": third,
            "P4": topic.extra,
        }  # fmt: skip
        return _Slots(values, people)

    def _short(self, country: Country) -> str:
        return country.short if country.short and self.rng.random() < 0.5 else country.name

    def _fill(self, template: str) -> str:
        if "{when}" in template:
            self.slots["when"] = self._when()
        if "{olddate}" in template:
            self.slots["olddate"] = self._old_date()
        text = _reworded(template, self.wording).format_map(self.slots)
        return text[:1].upper() + text[1:]

    def _when(self) -> str:
        day, rng = self.event, self.rng
        weekday = WEEKDAYS[day.weekday()]
        if self.vague or rng.random() < 0.3:
            return rng.choice((f"pada {weekday}", f"{weekday} ({day.day}/{day.month})", "pekan ini", "kemarin"))
        self.stated.append(day)
        return rng.choice(
            (
                f"pada {weekday} ({day.day}/{day.month}/{day.year})",
                f"{weekday} ({day.day}/{day.month}/{day.year})",
                f"pada {day.day} {MONTHS[day.month - 1]} {day.year}",
                f"pada {weekday} ({day.day}/{day.month}/{day.year % 100:02d})",
            )
        )

    def _old_date(self) -> str:
        day = self.published - dt.timedelta(days=self.rng.randrange(200, 2000))
        if self.vague:
            return f"{MONTHS[day.month - 1]} {day.year}"
        self.stated.append(day)
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"

    def _quote(self, speaker: str, follow_up: bool = False) -> str:
        rng = self.rng
        pool = self.topic.issue.quotes if rng.random() < 0.7 else GENERIC_QUOTES
        text = self._fill(rng.choice([quote for quote in pool if quote not in self.quoted] or GENERIC_QUOTES))
        self.quoted.add(text)
        formula = rng.choice(FOLLOW_UPS if follow_up else ATTRIBUTIONS)
        city = rng.choice((self.topic.first.capital, self.topic.second.capital, "Jakarta"))
        return formula.format(o=self.open, c=self.close, q=text, S=self._fill("{" + speaker + "}"), city=city)

    def story(self) -> tuple[str, list[str]]:
        """The lead and the following paragraphs of one or two sentences, with a subheading now and then."""
        rng, issue = self.rng, self.topic.issue
        lead = self._fill(rng.choice(issue.leads))
        plan: list[tuple[str, ...]] = [("quote", "P1")]  # filled in order, so people are introduced once, first
        if rng.random() < 0.5:
            plan.append(("follow-up", "P1"))
        pool = [
            *rng.sample(issue.facts, 3), *rng.sample(BACKGROUND, 3), *rng.sample(REPORTED, 2),
            *rng.sample(REACTIONS, 2), *rng.sample(CONTEXT, 2), *rng.sample(DETAILS, 4),
            *rng.sample(COLOR, 3),
        ]  # fmt: skip
        rng.shuffle(pool)
        sentences = pool[: rng.randrange(11, 16)]
        while sentences:
            take = 2 if len(sentences) > 1 and rng.random() < 0.45 else 1
            plan.append(("text", *sentences[:take]))
            del sentences[:take]
        speakers = rng.sample(("P2", "P3", "P4"), 2)
        plan.insert(rng.randrange(3, len(plan)), ("quote", speakers[0]))
        if rng.random() < 0.4:
            plan.append(("quote", speakers[1]))
        if rng.random() < 0.25:
            plan.insert(rng.randrange(2, len(plan)), ("subheading", rng.choice(issue.subheads)))
        plan.append(("text", rng.choice(NEXT_STEPS)))
        return lead, list(dict.fromkeys(self._paragraph(step) for step in plan))

    def _paragraph(self, step: tuple[str, ...]) -> str:
        kind, *parts = step
        if kind == "quote" or kind == "follow-up":
            return self._quote(parts[0], follow_up=kind == "follow-up")
        if kind == "subheading":
            return parts[0]
        return " ".join(self._fill(template) for template in parts)

    def headline(self) -> str:
        """A headline in title case, like the sites print them."""
        return self._fill(self.rng.choice(self.topic.issue.headlines))

    def other_headline(self) -> str:
        """A headline of another storyline (related lists, "Baca juga" links), never the page's own."""
        while True:
            other = _topic(self.seed, self.rng.randrange(BASE_TOPICS * 3))
            first, second = other.first, other.second
            values = {
                "a": first.name, "b": second.name, "Org": other.organization[0], "Orgs": other.organization[1],
                "Region": other.region[:1].upper() + other.region[1:], "Venue": other.venue,
                "Goods": other.goods.title(),
            }  # fmt: skip
            title = self.rng.choice(other.issue.headlines).format(**values)
            if other != self.topic and title != self.title:
                return title

    # ---- the page

    def date_line(self) -> str:
        """The publication line in the outlet's own format."""
        day, rng = self.published, self.rng
        clock = f"{rng.randrange(6, 23):02d}:{rng.randrange(60):02d}"
        zone = "WIB" if rng.random() < 0.9 else "WITA"
        weekday, month, short = WEEKDAYS[day.weekday()], MONTHS[day.month - 1], MONTHS_SHORT[day.month - 1]
        styles = (
            f"{weekday}, {day.day} {month} {day.year} - {clock} {zone}",
            f"{weekday}, {day.day:02d} {short} {day.year} {clock} {zone}",
            f"{day.day:02d}/{day.month:02d}/{day.year}, {clock} {zone}",
            f"{day.day:02d}/{day.month:02d}/{day.year % 100:02d}, {clock} {zone}",
            f"{day.day} {month} {day.year} | {clock} {zone}",
            f"{weekday}, {day.day} {month} {day.year} | {clock} {zone}",
            f"Diterbitkan {weekday}, {day.day} {month} {day.year} {clock} {zone}",
            f"{MONTHS_EN[day.month - 1]} {day.day}, {day.year}",
            f"{day.day:02d} {short} {day.year}, {clock} {zone}",
        )
        return styles[self.outlet.date_style]

    def byline(self, author: str) -> list[str]:
        """Author and date lines above the story."""
        date = None if self.dateless else self.date_line()
        style = self.rng.randrange(3)
        if date and style == 0:
            return [f"{author} | {self.outlet.name}", date]
        if date and style == 1 and "/" in date:
            return [f"{author} {date}"]
        return [date] if date else []

    def prefix(self) -> str:
        """The dateline prefix of the lead."""
        outlet, rng = self.outlet, self.rng
        city = "Jakarta" if rng.random() < 0.6 else self.topic.first.capital
        styles = (
            f"{city}, {outlet.name} -- ",
            f"{outlet.web.upper()}, {city.upper()} - ",
            f"{city} ({outlet.agency}) - ",
            f"{outlet.web[:1].upper()}{outlet.web[1:]} – ",
            f"{city} - ",
            "",
            f"{outlet.name.upper()}, {city} - ",
        )
        return styles[outlet.prefix_style]

    def captions(self) -> list[str]:
        """Photo captions under the headline; some pages print the caption twice."""
        rng = self.rng
        if rng.random() < 0.35:
            return []
        who = self._fill("{P1}") if rng.random() < 0.5 else f"Para delegasi {self.topic.first.name}"
        self.slots.named.discard("P1")  # a caption is not the story's first mention
        place = self.topic.first.capital
        if self.outlet.caption_style == 2:
            line = rng.choice(ALT_CAPTIONS).format(who=who, place=place)
            return [line, line]
        photographer = _invented_name(rng, indonesian=True)
        agency = rng.choice(("AP", "Reuters", self.outlet.agency, "Dok. Kemlu"))
        line = rng.choice(CAPTIONS).format(who=who, place=place, agency=agency, photographer=photographer)
        return [line, line] if self.outlet.caption_style == 1 and rng.random() < 0.5 else [line]

    def inline_link(self) -> list[str]:
        """A "Baca juga" link between paragraphs, in the outlet's style."""
        title = self.other_headline()
        style = self.outlet.link_style
        if style == 0:
            return [f"Baca juga: {title}"]
        if style == 1:
            return ["Baca Juga", title]
        if style == 2:
            return [f"BACA JUGA: {title}"]
        return [f"Lihat Juga : {title}"]

    def ads(self) -> list[str]:
        """An ad slot."""
        return self.rng.choice((["ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT"], ["Advertisement"],
                                ["ADVERTISEMENT", "SCROLL TO RESUME CONTENT"]))  # fmt: skip

    def signoff(self) -> str:
        """Desk initials in parentheses."""
        rng = self.rng
        letters = "abcdefghijklmnoprstuwy"
        initials = ["".join(rng.choice(letters) for _ in range(3)) for _ in range(rng.randrange(1, 3))]
        style = rng.randrange(4)
        if style == 0:
            return f"({'/'.join(initials)})"
        if style == 1:
            return f"({self.outlet.agency})"
        if style == 2:
            return f"({initials[0].capitalize()})"
        return f"({self.outlet.agency.lower()}/{initials[0]})"

    def credits(self, author: str, editor: str) -> list[str]:
        """Who wrote and edited the story, in the outlet's style."""
        style = self.outlet.credit_style
        if style == 0:
            return [f"Penulis: {author}", f"Editor: {editor}"]
        if style == 1:
            return [f"Pewarta: {author}", f"Editor: {editor}"]
        if style == 2:
            return [f"Reporter: {author} | Editor: {editor}"]
        if style == 3:
            return [f"Redaktur & Reporter : {author}"]
        return []

    def related(self) -> list[str]:
        """The related-articles list at the bottom."""
        rng, style = self.rng, self.outlet.related_style
        titles = [self.other_headline() for _ in range(rng.randrange(3, 8))]
        lines = [self.outlet.related_header]
        for title in titles:
            if style == 0:
                lines.append(title)
            elif style == 1:
                lines.append(f"- {title}")
            else:
                lines += ["-", title]
        return lines

    def tail(self) -> list[str]:
        """A notice at the very bottom of the page."""
        tail = self.outlet.tail
        if tail is None:
            return []
        tags = ", ".join(name.lower() for name in (self.topic.first.name, self.topic.second.name))
        return [tail.format(name=self.outlet.name, web=self.outlet.web, year=self.published.year, tags=tags)]

    def article(self, name: str, topic_number: int) -> Article:
        """Assemble the page: header, story with furniture inside, trailer."""
        rng, outlet = self.rng, self.outlet
        author = _invented_name(rng, indonesian=True)
        editor = _invented_name(rng, indonesian=True)
        headline = self.title = None if self.headless else self.headline()
        lead, paragraphs = self.story()
        self.slots.named.clear()  # captions name people in full again
        header: list[str] = []
        if not self.headless:
            if outlet.section:
                header.append(self._furniture(outlet.section))
            header.append(headline or "")
            header += self.byline(author)
            if outlet.share_row:
                header.append(self._furniture(outlet.share_row))
            header += [self._furniture(line) for line in self.captions()]
        prefix = self.prefix()
        body = [prefix + lead]
        for paragraph in paragraphs:
            roll = rng.random()
            if roll < 0.12:
                body += [self._furniture(line) for line in self.inline_link()]
            elif roll < 0.2 and outlet.ads:
                body += [self._furniture(line) for line in self.ads()]
            body.append(paragraph)
        trailer: list[str] = []
        if rng.random() < 0.75:
            signoff = self._furniture(self.signoff())
            if rng.random() < 0.6:
                body[-1] = f"{body[-1]} {signoff}"
            else:
                trailer.append(signoff)
        trailer += [self._furniture(line) for line in self.credits(author, editor)]
        if rng.random() < 0.8:
            trailer += [self._furniture(line) for line in self.related()]
        trailer += [self._furniture(line) for line in self.tail()]
        separator = "\n\n" if outlet.blank_lines else "\n"
        text = separator.join([*header, *body, *trailer]) + "\n"
        date = None if self.vague else (self.published if not self.dateless else max(self.stated, default=None))
        return Article(
            name, text, headline, date, lead, prefix, (lead, *paragraphs), tuple(self.furniture), topic_number
        )

    def _furniture(self, line: str) -> str:
        self.furniture.append(line)
        return line


# -- command line -----------------------------------------------------------


def write_corpus(n: int, folder: Path, seed: int = 0, start: int = 0) -> int:
    """Write articles start..start+n-1 into folder; returns the bytes written."""
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for article in generate_articles(n, seed, start):
        data = article.text.encode("utf-8")
        (folder / article.name).write_bytes(data)
        total += len(data)
    return total


def main(argv: Sequence[str] | None = None) -> int:
    """Generate N articles into OUT_DIR."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, metavar="N", help="number of articles")
    parser.add_argument("out", type=Path, metavar="OUT_DIR")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--start", type=int, default=0, help="number of the first article (default 0)")
    args = parser.parse_args(argv)
    began = time.perf_counter()
    size = write_corpus(args.n, args.out, args.seed, args.start)
    seconds = time.perf_counter() - began
    print(f"{args.n} articles, {size / 1e6:.1f} MB in {args.out} ({seconds:.1f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
