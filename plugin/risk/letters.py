"""Letter pairs that occur in people's names and everyday words, across many languages.

``random_local_part`` counts the letter pairs of an email's local part that occur in at most one
of the words below: a handle built from a name (``wojciech.szczesny``, ``nguyen.thanh``,
``oluwaseun88``) has almost none, a machine-made string (``qkzvbrtx``) has many. The list is
deliberately multilingual (English, Spanish, Portuguese, Italian, French, German, Dutch, Nordic,
Irish, Polish, Russian, Greek, Turkish, Hebrew, Arabic, West and East African, Indian, Chinese,
Korean, Japanese and Vietnamese names) so that no community's names look "random"; extend it
rather than lowering the thresholds.
"""

from __future__ import annotations

_WORDS = """
james john robert michael william david richard joseph thomas charles christopher daniel matthew
anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason
jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel
gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas
zachary peter kyle ethan walter noah jeremy christian keith roger terry gerald harold sean austin
carl
arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne
elijah randy roy vincent ralph eugene russell bobby mason philip louis mary patricia jennifer linda
elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra ashley kimberly emily
donna michelle carol amanda dorothy melissa deborah stephanie rebecca sharon laura cynthia kathleen
amy angela shirley anna brenda pamela emma nicole helen samantha katherine christine debra rachel
carolyn janet catherine maria heather diane ruth julie olivia joyce virginia victoria kelly lauren
christina joan evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa ann sara
madison frances kathryn janice jean abigail alice judy sophia grace denise amber doris marilyn
danielle beverly isabella theresa diana natalie brittany charlotte marie kayla alexis lori
smith johnson williams brown jones garcia miller davis rodriguez martinez hernandez lopez gonzalez
wilson anderson thomas taylor moore jackson martin lee perez thompson white harris sanchez clark
ramirez lewis robinson walker young allen king wright scott torres nguyen hill flores green adams
nelson baker hall rivera campbell mitchell carter roberts gomez phillips evans turner diaz parker
cruz edwards collins reyes stewart morris morales murphy cook rogers gutierrez ortiz morgan cooper
peterson bailey reed kelly howard ramos kim cox ward richardson watson brooks chavez wood james
bennett gray mendoza ruiz hughes price alvarez castillo sanders patel myers long ross foster jimenez
powell jenkins perry russell sullivan bell coleman butler henderson barnes gonzales fisher vasquez
simmons romero jordan patterson alexander hamilton graham reynolds griffin wallace moreno west cole
hayes bryant herrera gibson ellis tran medina aguilar stevens murray ford castro marshall owens
harrison fernandez mcdonald woods washington kennedy wells vargas henry chen freeman webb tucker
guzman burns crawford olson simpson porter hunter gordon mendez silva shaw snyder mason dixon munoz
hunt hicks holmes palmer wagner black robertson boyd rose stone salazar fox warren mills meyer rice
schmidt garza daniels ferguson nichols stephens soto weaver ryan gardner payne grant dunn kelley
spencer hawkins arnold pierce vazquez hansen peters santos hart bradley knight elliott cunningham
duncan armstrong hudson carroll lane riley andrews alvarado ray delgado berry perkins hoffman
johnston matthews pena richards contreras willis carpenter lawrence sandoval
muller schneider fischer weber schulz wagner becker hoffmann schafer koch bauer richter klein wolf
schroder neumann schwarz zimmermann braun kruger hofmann hartmann lange schmitt werner krause meier
lehmann schmid schulze maier kohler herrmann konig walter mayer huber kaiser fuchs peters lang
scholz
moller weiss jung hahn vogel friedrich keller gunther frank berger winkler roth beck lorenz baumann
franke albrecht schuster simon ludwig bohm winter kraus martin schumacher kramer vogt stein jager
otto sommer gross seidel heinrich brandt haas schreiber graf schulte dietrich ziegler kuhn kuhl
pohl engel horn busch bergmann thomas voigt sauer arnold wolff pfeiffer
martin bernard dubois thomas robert richard petit durand leroy moreau simon laurent lefebvre michel
garcia david bertrand roux vincent fournier morel girard andre lefevre mercier dupont lambert bonnet
francois martinez legrand garnier faure rousseau blanc guerin muller henry roussel nicolas perrin
morin mathieu clement gauthier dumont lopez fontaine chevalier robin masson sanchez gerard nguyen
boyer denis lemaire duval joly gautier roger roche roy noel meyer lucas meunier jean perez marchand
dufour blanchard marie barbier brun dumas brunet schmitt leroux colin fernandez pierre renard arnaud
rolland caron aubert giraud leclerc vidal bourgeois renaud lemoine picard gaillard philippe leclercq
nowak kowalski wisniewski wojcik kowalczyk kaminski lewandowski zielinski szymanski wozniak
dabrowski
kozlowski jankowski mazur wojciechowski kwiatkowski krawczyk kaczmarek piotrowski grabowski zajac
pawlowski michalski krol wieczorek jablonski wrobel nowakowski majewski olszewski stepien malinowski
jaworski adamczyk dudek nowicki pawlak gorski witkowski walczak sikora baran rutkowski michalak
szewczyk ostrowski tomaszewski pietrzak marciniak wroblewski zalewski jakubowski jasinski zawadzki
sadowski bak chmielewski wlodarczyk borkowski czarnecki sawicki sokolowski urbanski kubiak
maciejewski
szczepanski kucharski wilk kalinowski lis mazurek wysocki adamski kazmierczak wasilewski sobczak
czerwinski andrzejewski cieslak glowacki zakrzewski kolodziej sikorski krajewski gajewski szymczak
piotr krzysztof andrzej tomasz pawel michal marcin jakub grzegorz lukasz adam marek lukasz katarzyna
malgorzata agnieszka barbara ewa krystyna elzbieta zofia joanna magdalena monika dorota aleksandra
nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly anh minh thanh huong linh lan
mai hoa tuan hung dung hai long quang thao trang ngoc phuong thu hien nam son duc trung
wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie
song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu
ding ren shen yao zhong jiang cui tan fan jin wei xiaoming jing ying hui fang xin yan lei jun hong
kim lee park choi jung kang cho yoon jang lim han oh seo shin kwon hwang ahn song yoo hong jeon
minjun seojun jiwoo seoyeon minseo jiho hyun soo young jin eun ji
sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida yamada sasaki
yamaguchi matsumoto inoue kimura hayashi shimizu yamazaki mori abe ikeda hashimoto yamashita
ishikawa
nakajima maeda fujita ogawa goto okada hasegawa murakami kondo ishii saito sakamoto endo aoki fujii
haruto yuto sota yui hina yuna sakura hiroshi takeshi kenji yuki akira naoko
sharma verma gupta singh kumar patel shah mehta joshi reddy rao nair iyer menon pillai das bose
banerjee chatterjee mukherjee ghosh sen dutta chopra kapoor malhotra khanna agarwal bansal jain
mishra pandey tiwari dubey yadav chauhan thakur rathore saxena srivastava bhatt desai kulkarni
aarav vivaan aditya vihaan arjun sai reyansh krishna ishaan shaurya priya ananya diya aadhya
saanvi pari anika navya riya deepak rajesh suresh ramesh mahesh sanjay vijay anil sunil ravi amit
rahul rohit vikram arun lakshmi sunita anita kavita pooja neha swati
mohammed ahmed ali hassan hussein ibrahim mahmoud mustafa omar abdullah yusuf khalid hamza karim
tariq rashid said salem nasser khan malik farah fatima aisha zainab maryam layla noor sara amira
hana yasmin abdulrahman abdelaziz mansour haddad khoury saleh aziz hakim jamal nabil
jose luis carlos juan antonio manuel francisco javier miguel angel pedro alejandro rafael fernando
jorge pablo sergio alberto diego ramon enrique andres raul ricardo eduardo roberto mario oscar
maria carmen ana isabel laura cristina marta lucia elena rosa pilar dolores paula sofia valentina
camila gabriela daniela fernanda ximena guadalupe alejandra veronica adriana beatriz silvia
garcia fernandez gonzalez rodriguez lopez martinez sanchez perez gomez martin jimenez ruiz
hernandez diaz moreno alvarez munoz romero alonso gutierrez navarro torres dominguez vazquez ramos
gil ramirez serrano blanco suarez molina morales ortega delgado castro ortiz rubio marin sanz
nunez iglesias medina garrido cortes castillo santos lozano guerrero cano prieto mendez calvo
cruz gallego vidal leon herrera marquez pena flores cabrera campos vega fuentes carrasco diez
rossi russo ferrari esposito bianchi romano colombo ricci marino greco bruno gallo conti deluca
mancini costa giordano rizzo lombardi moretti barbieri fontana santoro mariani rinaldi caruso
ferrara galli martini leone longo gentile martinelli vitale lombardo serra coppola desantis
giuseppe giovanni francesco antonio mario luigi angelo vincenzo pietro salvatore carlo franco
domenico bruno paolo michele giorgio aldo sergio luciano giulia chiara francesca alessandra
silva santos oliveira souza rodrigues ferreira alves pereira lima gomes costa ribeiro martins
carvalho almeida lopes soares fernandes vieira barbosa rocha dias nascimento andrade moreira nunes
marques machado mendes freitas cardoso ramos goncalves santana teixeira joao pedro lucas gabriel
ivanov smirnov kuznetsov popov vasiliev petrov sokolov mikhailov novikov fedorov morozov volkov
alekseev lebedev semenov egorov pavlov kozlov stepanov nikolaev orlov andreev makarov nikitin
zakharov zaitsev solovyov borisov yakovlev grigoriev romanov vorobiev sergeev kuzmin frolov
alexei dmitri sergei andrei vladimir nikolai ivan mikhail olga tatiana natalia irina svetlana
elena ekaterina anastasia yulia oksana
jansen devries vandenberg bakker visser smit meijer deboer mulder degroot bos vos peters hendriks
dekker vanleeuwen brouwer dewit dijkstra smits degraaf vandermeer kok jacobs dehaan vermeulen
johansson andersson karlsson nilsson eriksson larsson olsson persson svensson gustafsson pettersson
jonsson jansson hansson bengtsson lindberg lindqvist lindgren berg axelsson bergstrom lundberg
hansen johansen olsen larsen andersen pedersen nielsen kristiansen jensen karlsen halvorsen
bjorn erik lars nils sven anders per olof ingrid astrid sigrid freya solveig kari
murphy kelly obrien ryan osullivan walsh smith byrne connor mccarthy gallagher doherty kennedy lynch
murray quinn moore mclaughlin carroll connolly daly connell wilson dunne brennan burke collins
campbell clarke johnston hughes farrell fitzgerald brown martin maguire nolan flynn thompson
okafor okonkwo adeyemi oluwaseun chukwu emeka ngozi chinedu babatunde abubakar musa bello
mensah asante owusu boateng kwame kofi ama akua abena yaw osei appiah darko
mwangi kamau otieno wanjiru njoroge kiprop cheruiyot ochieng achieng akinyi
cohen levi mizrahi peretz biton dahan friedman katz shapiro goldberg rosenberg weinstein
yosef david moshe avraham yitzhak yaakov shira noa tamar yael
papadopoulos georgiou dimitriou nikolaou konstantinou ioannou christodoulou
yilmaz kaya demir sahin celik yildiz yildirim ozturk aydin ozdemir arslan dogan kilic aslan
mehmet mustafa ahmet emre burak elif zeynep ayse
love cool star dragon gamer shop mail info contact sales admin office music photo design studio
sunshine angel princess happy lucky blue red green black white golden silver crystal shadow
fire ice storm wolf tiger lion bear eagle hawk fox rabbit kitty puppy baby sweet honey sugar
best real official team club fan boy girl man lady king queen prince rock metal jazz dance
travel world life style home family house garden flower rose lily daisy summer winter spring autumn
moon sun sky ocean sea river mountain forest city town street north south east west
"""


def _common() -> frozenset[str]:
    counts: dict[str, int] = {}
    for word in _WORDS.split():
        for i in range(len(word) - 1):
            pair = word[i : i + 2]
            counts[pair] = counts.get(pair, 0) + 1
    return frozenset(pair for pair, n in counts.items() if n >= 2)


# Letter pairs found at least twice in the words above (a pair seen once is still rare).
COMMON_BIGRAMS: frozenset[str] = _common()
