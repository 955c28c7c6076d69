from sisa_desk.cli import main

main()
